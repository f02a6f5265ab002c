# `cpack -G DEB` (from the build folder) makes ropelab_<version>_amd64.deb. Its library Depends
# are computed by dpkg-shlibdeps. On Debian 12 that includes the xcb platform plugin's package,
# libqt6gui6 (.ci/run checks it); a CJK font is added by name since no library links it.
set(ROPELAB_DOC_DIR share/doc/ropelab)
set(ROPELAB_CHANGELOG ${CMAKE_BINARY_DIR}/changelog.gz)
add_custom_command(OUTPUT ${ROPELAB_CHANGELOG}
    COMMAND gzip -9nc ${PROJECT_SOURCE_DIR}/resources/debian/changelog > ${ROPELAB_CHANGELOG}
    DEPENDS ${PROJECT_SOURCE_DIR}/resources/debian/changelog
    VERBATIM)
add_custom_target(ropelab_changelog ALL DEPENDS ${ROPELAB_CHANGELOG})
install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright DESTINATION ${ROPELAB_DOC_DIR})
install(FILES ${ROPELAB_CHANGELOG} DESTINATION ${ROPELAB_DOC_DIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ropelab)
set(CPACK_PACKAGE_VENDOR "RoPE Lab")
set(CPACK_PACKAGE_CONTACT "RoPE Lab developers <ropelab@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "explore rotary position embeddings and their scalings")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "RoPE Lab teaches and explores rotary position embedding (RoPE) and the methods
that stretch it to longer contexts: linear interpolation, NTK-aware, dynamic
NTK, NTK-by-parts, YaRN with its attention temperature, Llama 3 and LongRoPE.
It reads a model's config.json as Hugging Face does, computes every number in
float64, and exports charts as PNG, SVG and CSV. English and Simplified
Chinese.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR}/package)
include(CPack)
