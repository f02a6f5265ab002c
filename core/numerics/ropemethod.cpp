#include "ropemethod.h"

#include <algorithm>
#include <array>

namespace ropelab::numerics {

namespace {

constexpr std::uint32_t YarnFamily = ReadsFactor | ReadsBetaFast | ReadsBetaSlow
        | ReadsOriginalContext;

constexpr std::array<MethodInfo, 10> Methods{{
    {Method::Default, "default", "Default RoPE", 0},
    {Method::Linear, "linear", "Linear (position interpolation)", ReadsFactor},
    {Method::NtkAware, "ntk-aware", "NTK-aware", ReadsFactor},
    {Method::Dynamic, "dynamic", "Dynamic NTK", ReadsFactor | ReadsMaxPositions | ReadsSeqLen},
    {Method::NtkByParts, "ntk-by-parts", "NTK-by-parts", YarnFamily | ReadsTruncate},
    {Method::Yarn, "yarn", "YaRN",
     YarnFamily | ReadsTruncate | ReadsAttentionFactor | ReadsMscale | ReadsMscaleAllDim},
    {Method::Llama3, "llama3", "Llama 3",
     ReadsFactor | ReadsOriginalContext | ReadsLowFreqFactor | ReadsHighFreqFactor},
    {Method::LongRope, "longrope", "LongRoPE",
     ReadsFactor | ReadsOriginalContext | ReadsMaxPositions | ReadsAttentionFactor | ReadsSeqLen
             | ReadsShortFactor | ReadsLongFactor},
    {Method::MiniMind, "minimind", "MiniMind", YarnFamily | ReadsMaxPositions | ReadsAttentionFactor},
    {Method::MiniMindLegacy, "minimind-legacy", "MiniMind (legacy)",
     ReadsFactor | ReadsBetaFast | ReadsBetaSlow | ReadsOriginalContext},
}};

} // namespace

std::span<const MethodInfo> methodTable()
{
    return Methods;
}

const MethodInfo &methodInfo(Method method)
{
    return Methods[static_cast<std::size_t>(method)];
}

std::optional<Method> methodFromId(std::string_view id)
{
    const auto it = std::find_if(Methods.begin(), Methods.end(),
                                 [id](const MethodInfo &info) { return info.id == id; });
    if (it == Methods.end())
        return std::nullopt;
    return it->method;
}

} // namespace ropelab::numerics
