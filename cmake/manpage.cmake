# Writes the man page ropelab.1 from the executable's own --help texts, so the two never differ.
#   cmake -DROPELAB=<ropelab> -DOUTPUT=<ropelab.1> -DVERSION=<x.y.z> -P manpage.cmake
# The commands are read from the "Commands:" list of `ropelab --help`; each gets a section with
# its own `ropelab <command> --help`.
set(ENV{LC_ALL} C)
set(ENV{LANG} C)
set(ENV{LANGUAGE} "")
set(ENV{QT_QPA_PLATFORM} offscreen)

function(help_text out)
    execute_process(COMMAND "${ROPELAB}" ${ARGN} --help
                    OUTPUT_VARIABLE text RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "ropelab ${ARGN} --help failed (${rc}): ${err}")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Verbatim text for roff: backslashes, leading dots/quotes and minus signs escaped.
function(roff_verbatim out text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} ".nf\n${text}\n.fi\n" PARENT_SCOPE)
endfunction()

help_text(main_help)
string(REGEX MATCH "Commands:\n(( +[a-z-]+ +[^\n]*\n)+)" commands_block "${main_help}")
if(NOT CMAKE_MATCH_1)
    message(FATAL_ERROR "no 'Commands:' list in ropelab --help")
endif()
string(REGEX MATCHALL " +[a-z-]+ +[^\n]*\n" command_lines "${CMAKE_MATCH_1}")

roff_verbatim(description "${main_help}")
set(page ".TH ROPELAB 1 \"\" \"ropelab ${VERSION}\" \"User Commands\"\n")
string(APPEND page ".SH NAME\nropelab \\- explore rotary position embeddings (RoPE) and their long\\-context scalings\n")
string(APPEND page ".SH SYNOPSIS\n.B ropelab\n[\\fIoptions\\fR] [\\fIfile\\fR]\n.br\n.B ropelab\n\\fIcommand\\fR [\\fIoptions\\fR]\n")
string(APPEND page ".SH DESCRIPTION\nWithout a command, ropelab opens its window, in the state named by a preset, a config.json or a saved state file, with the same parameter overrides that \\fBropelab export\\fR takes. With a command, it runs headless.\n")
string(APPEND page "${description}")
string(APPEND page ".SH COMMANDS\n")
foreach(line IN LISTS command_lines)
    string(REGEX MATCH "^ +([a-z-]+) +(.*)\n$" _ "${line}")
    set(command "${CMAKE_MATCH_1}")
    help_text(command_help "${command}")
    roff_verbatim(body "${command_help}")
    string(APPEND page ".SS \"ropelab ${command}\"\n${body}")
endforeach()
string(APPEND page ".SH EXIT STATUS\n0 on success, 2 for bad input (one line on standard error naming the option or the config key), 1 for other failures.\n")
string(APPEND page ".SH SEE ALSO\nThe README of the project, and \\fIropelab <command> \\-\\-help\\fR.\n")
file(WRITE "${OUTPUT}" "${page}")
