#include "methodeffect.h"

#include "ropemethod.h"

#include <cmath>

namespace ropelab::numerics {

namespace {

constexpr double DemoFactor = 4.0;

} // namespace

bool changesAnything(const RopeFrequencies &f)
{
    // Relative 1e-12: YaRN's blend at s = 1, inv/s * (1 - ramp) + inv * ramp, is plain RoPE up
    // to rounding (an ulp here and there), which changes nothing a learner could see.
    constexpr double Tolerance = 1e-12;
    if (std::abs(f.logitMultiplier - 1.0) > Tolerance
        || std::abs(f.attentionFactor - 1.0) > Tolerance)
        return true;
    if (f.invFreq.size() != f.unscaledInvFreq.size())
        return true;
    return ((f.invFreq - f.unscaledInvFreq).abs() > Tolerance * f.unscaledInvFreq.abs()).any();
}

std::optional<EffectDemo> paramsShowingEffect(const RopeParams &params)
{
    if (params.method == Method::Default)
        return std::nullopt;
    if (const auto now = computeFrequencies(params); now && changesAnything(*now))
        return std::nullopt;
    EffectDemo demo { params, {} };
    RopeParams &p = demo.params;
    const std::uint32_t reads = methodInfo(p.method).reads;
    if ((reads & ReadsFactor) && !(p.factor > 1.0)) {
        p.factor = DemoFactor;
        demo.changed.emplace_back("factor", p.factor);
    }
    if ((reads & ReadsSeqLen) && p.method == Method::Dynamic
        && (!p.seqLen || *p.seqLen <= p.maxPositions)) {
        p.seqLen = std::llround(p.factor * double(p.maxPositions));
        demo.changed.emplace_back("seq_len", double(*p.seqLen));
    }
    if (demo.changed.empty())
        return std::nullopt;
    const auto after = computeFrequencies(p);
    if (!after || !changesAnything(*after))
        return std::nullopt;
    return demo;
}

} // namespace ropelab::numerics
