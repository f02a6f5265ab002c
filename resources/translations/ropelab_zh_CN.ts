<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="+87"/>
        <source>RoPE Lab: explore rotary position embeddings and their long-context scalings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run &apos;ropelab &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A config.json or saved state to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ropelab: unknown command or file &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropelab::app</name>
    <message>
        <location filename="../../app/inspectcommand.cpp" line="+138"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rotary dim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effective base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correction range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attention factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (softmax scale = qk_head_dim %1^-0.5 x multiplier = %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>softmax-scale multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inv_freq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wavelength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ropelab inspect: print the per-pair frequencies (inv_freq, wavelength, rotations, ramp, band, ratio) of a Hugging Face config.json, a RoPE Lab state file or a built-in preset (&apos;ropelab presets&apos; lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A config.json or RoPE Lab state file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/sweepcommand.cpp" line="+126"/>
        <source>Use a built-in preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exportcommand.cpp" line="+67"/>
        <source>Render a view to PNG, SVG or CSV without opening a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in model preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A config.json or saved state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scaling method id (default, linear, ntk-aware, dynamic, ntk-by-parts, yarn, llama3, longrope, minimind, minimind-legacy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/inspectcommand.cpp" line="-5"/>
        <source>Current sequence length (dynamic NTK, LongRoPE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rotation, bands, decay, temperature or heatmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output file (.png, .svg, .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logical size WxH (default 1200x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG pixel ratio (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds to wait for the view&apos;s sweep (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scale factor s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rope_theta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>head_dim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>partial_rotary_factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>beta_fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>beta_slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>original_max_position_embeddings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>max_position_embeddings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attention_factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mscale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mscale_all_dim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>low_freq_factor (Llama 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>high_freq_factor (Llama 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position m of the rotation view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../app/sweepcommand.cpp" line="+48"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--view is required (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown view &apos;%1&apos; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out FILE.png|.svg|.csv is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--size &apos;%1&apos; is not WxH (e.g. 1200x800)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--size &apos;%1&apos;: each side must be between 16 and 20000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--scale &apos;%1&apos; must be a number between 0.25 and 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout &apos;%1&apos; must be a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give exactly one of --preset NAME or --config FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/sweepcommand.cpp" line="+12"/>
        <source>--method: unknown method &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--seq-len &apos;%1&apos; must be an integer between 1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--%1 &apos;%2&apos; must be %3 between %4 and %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--position &apos;%1&apos; must be a number of tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>view &apos;%1&apos; could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the %1 view&apos;s computation did not finish within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/inspectcommand.cpp" line="+0"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compute with this method instead of the config&apos;s rope type: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print one JSON object (full float64 precision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected one config file, got %1 arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give either a config file or --preset, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give a config.json file or --preset NAME (see &apos;ropelab presets&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown method &apos;%1&apos; (--method); known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--seq-len must be an integer between 1 and %1, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ropelab presets: list the built-in model presets (use one with &apos;ropelab inspect --preset NAME&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>takes no arguments, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/sweepcommand.cpp" line="-121"/>
        <location line="+45"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write a full-precision sweep as CSV. KIND is one of: self-score, bound, random, entropy, angles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sweep to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A config.json or state file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Override the config&apos;s scaling method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current sequence length (dynamic, longrope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear grid 0 .. N-1 (entropy: 1 .. N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log-spaced grid from 1 to MAX (0 prepended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points of the log grid (default 1024; entropy 64); angles: columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (random, entropy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correlation of k with q (random, entropy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>missing KIND (self-score, bound, random, entropy or angles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown sweep &apos;%1&apos; (expected self-score, bound, random, entropy or angles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give exactly one of CONFIG.json or --preset NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--out FILE.csv is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--seq-len: &apos;%1&apos; is not a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give either --n or --log-grid, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--n: &apos;%1&apos; is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--log-grid: &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--points: &apos;%1&apos; is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--seed: &apos;%1&apos; is not a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--correlation: &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropelab::numerics::Method</name>
    <message>
        <location filename="../../ui/widgets/parameterspanel.cpp" line="+35"/>
        <source>Default RoPE</source>
        <translation>默认 RoPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear (position interpolation)</source>
        <translation>线性（位置插值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NTK-aware</source>
        <translation>NTK-aware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamic NTK</source>
        <translation>动态 NTK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NTK-by-parts</source>
        <translation>NTK-by-parts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YaRN</source>
        <translation>YaRN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Llama 3</source>
        <translation>Llama 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LongRoPE</source>
        <translation>LongRoPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MiniMind</source>
        <translation>MiniMind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MiniMind (legacy)</source>
        <translation>MiniMind（旧版）</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::BandsView</name>
    <message>
        <location filename="../../ui/charts/bandsview.cpp" line="+46"/>
        <source>RoPE (unscaled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ratio scaled / unscaled frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ramp (0 = kept, 1 = divided by s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wavelength 2π/θᵢ of each dimension pair, before and after scaling, over the frequency bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much each pair&apos;s frequency is divided, and the interpolation ramp that decides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Frequency bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pair index i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wavelength per pair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wavelength per pair: RoPE vs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>wavelength (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L = %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>s·L = %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Frequency ratio and interpolation ramp per pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ratio, ramp (unitless)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropelab::ui::DecayController</name>
    <message>
        <location filename="../../ui/controllers/decaycontroller.cpp" line="+240"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>RoPE (base %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>RoPE base %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropelab::ui::DecayView</name>
    <message>
        <location filename="../../ui/charts/decayview.cpp" line="+34"/>
        <source>Overlay bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self score (q = k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RoFormer bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random q/k draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which score to plot against the relative distance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logarithmic or linear relative-distance axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Largest relative distance computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also draw plain RoPE at bases 1, 100, 500 and 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>RoPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>base %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Score vs distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>self score (q = k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RoFormer long-term decay bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>random q/k draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attention score vs relative distance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relative distance (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normalised score (dimensionless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>L = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>s·L = %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropelab::ui::ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="+23"/>
        <source>Export view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG vector image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG for slides, SVG for papers, CSV for the plotted numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logical width of the rendered view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logical height of the rendered view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG pixel ratio: the image is size × scale pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vector image, %1 × %2 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plotted data at full precision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropelab::ui::Exporter</name>
    <message>
        <location filename="../../ui/exporter.cpp" line="+29"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid export size %1x%2: each side must be between 16 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid export scale %1: it must be between 0.25 and 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export too large: %1x%2 at scale %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot export to %1: unknown file type &apos;%2&apos; (use .png, .svg or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>RoPE Lab: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the SVG painter could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropelab::ui::HeatmapController</name>
    <message>
        <location filename="../../ui/controllers/heatmapcontroller.cpp" line="+103"/>
        <source>The sweep returned no heatmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropelab::ui::HeatmapView</name>
    <message>
        <location filename="../../ui/charts/heatmapview.cpp" line="+73"/>
        <source>positions 0 – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Range of positions shown on the horizontal axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation angle of each pair (mod 2π) at each position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+85"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Angle heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Rotation angle mod 2π per position and pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation angle mod 2π per position and pair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>position (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pair index i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>angle (rad)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropelab::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+89"/>
        <source>Rotating pairs</source>
        <translation>旋转维度对</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open config.json or state...</source>
        <translation>打开 config.json 或状态(&amp;O)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save state...</source>
        <translation>保存状态(&amp;S)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export current view...</source>
        <translation>导出当前视图(&amp;E)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;all views...</source>
        <translation>导出全部视图(&amp;A)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy chart to clipboard</source>
        <translation>复制图表到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Presets</source>
        <translation>预设(&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Play / pause rotation</source>
        <translation>播放/暂停旋转(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About RoPE Lab</source>
        <translation>关于 RoPE Lab(&amp;A)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open config.json or RoPE Lab state</source>
        <translation>打开 config.json 或 RoPE Lab 状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save RoPE Lab state</source>
        <translation>保存 RoPE Lab 状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RoPE Lab state (*.json)</source>
        <translation>RoPE Lab 状态 (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save state</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;CSV data (*.csv)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;CSV 数据 (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export all views to</source>
        <translation>导出全部视图到</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export all views</source>
        <translation>导出全部视图</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exported %n view(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个视图导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied %1 to the clipboard</source>
        <translation>已将 %1 复制到剪贴板</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About RoPE Lab</source>
        <translation>关于 RoPE Lab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;RoPE Lab %1&lt;/h3&gt;&lt;p&gt;Explore rotary position embeddings (RoPE) and their long-context scalings: linear PI, NTK-aware, dynamic NTK, NTK-by-parts, YaRN, Llama 3, LongRoPE and MiniMind, computed exactly like the reference implementations.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RoPE Lab %1&lt;/h3&gt;&lt;p&gt;探索旋转位置编码（RoPE）及其长上下文缩放方法：线性 PI、NTK-aware、动态 NTK、NTK-by-parts、YaRN、Llama 3、LongRoPE 与 MiniMind，计算结果与参考实现完全一致。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>RoPE Lab</source>
        <translation>RoPE Lab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 - RoPE Lab</source>
        <translation>%1 - RoPE Lab</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::ParametersPanel</name>
    <message>
        <location filename="../../ui/widgets/parameterspanel.cpp" line="+21"/>
        <source>Base (rope_theta)</source>
        <translation>基数 (rope_theta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The RoPE base: pair i turns by base^(-2i/d) radians per position.</source>
        <translation>RoPE 基数：第 i 对每个位置转过 base^(-2i/d) 弧度。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Head dim</source>
        <translation>头维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attention head dimension; the rotary dim is head_dim times the partial rotary factor.</source>
        <translation>注意力头的维度；旋转维度为 head_dim 乘以部分旋转系数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partial rotary factor</source>
        <translation>部分旋转系数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fraction of each head&apos;s dimensions that is rotated (1 = all).</source>
        <translation>每个头中参与旋转的维度比例（1 = 全部）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Factor s</source>
        <translation>缩放因子 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The context extension factor s: the new context is about s times the original one.</source>
        <translation>上下文扩展因子 s：新的上下文长度约为原来的 s 倍。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Original context L</source>
        <translation>原始上下文 L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>original_max_position_embeddings: the context length the model was trained with.</source>
        <translation>original_max_position_embeddings：模型训练时的上下文长度。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Max positions</source>
        <translation>最大位置数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max_position_embeddings: the context length the config declares (dynamic NTK, LongRoPE, MiniMind).</source>
        <translation>max_position_embeddings：配置声明的上下文长度（动态 NTK、LongRoPE、MiniMind）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>beta_fast</source>
        <translation>beta_fast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs that turn more than beta_fast times over L are kept unscaled (0 means HF&apos;s default 32).</source>
        <translation>在 L 内转动超过 beta_fast 圈的维度对保持不缩放（0 表示 HF 默认值 32）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>beta_slow</source>
        <translation>beta_slow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs that turn fewer than beta_slow times over L are fully interpolated (0 means HF&apos;s default 1).</source>
        <translation>在 L 内转动少于 beta_slow 圈的维度对完全插值（0 表示 HF 默认值 1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attention factor</source>
        <translation>注意力因子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An explicit attention_factor multiplying cos and sin; auto uses the method&apos;s own formula.</source>
        <translation>显式指定的 attention_factor，乘在 cos 和 sin 上；“自动”表示使用该方法自己的公式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mscale</source>
        <translation>mscale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DeepSeek-style mscale: with mscale_all_dim the attention factor is their get_mscale ratio.</source>
        <translation>DeepSeek 风格的 mscale：与 mscale_all_dim 同时设置时，注意力因子为两者 get_mscale 之比。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>unset</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>mscale_all_dim</source>
        <translation>mscale_all_dim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DeepSeek-style mscale_all_dim: also sets the softmax-scale multiplier get_mscale(s, m)^2.</source>
        <translation>DeepSeek 风格的 mscale_all_dim：同时决定 softmax 缩放乘数 get_mscale(s, m)^2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Low freq factor</source>
        <translation>低频因子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Llama 3: wavelengths above L / low_freq_factor are divided by s.</source>
        <translation>Llama 3：波长大于 L / low_freq_factor 的维度对除以 s。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>High freq factor</source>
        <translation>高频因子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Llama 3: wavelengths below L / high_freq_factor are kept unscaled.</source>
        <translation>Llama 3：波长小于 L / high_freq_factor 的维度对保持不缩放。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sequence length</source>
        <translation>序列长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current sequence length (dynamic NTK rescales beyond it; LongRoPE switches to long factors).</source>
        <translation>当前序列长度（动态 NTK 超过它时重新缩放；LongRoPE 切换到长因子）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not given</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scaling</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention temperature (YaRN)</source>
        <translation>注意力温度（YaRN）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Llama 3</source>
        <translation>Llama 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The scaling method whose frequencies every view shows.</source>
        <translation>所有视图显示其频率的缩放方法。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Method</source>
        <translation>方法(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load the RoPE settings of a published model.</source>
        <translation>载入已发布模型的 RoPE 设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a model preset...</source>
        <translation>选择模型预设...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preset</source>
        <translation>预设(&amp;P)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Read-out</source>
        <translation>读数</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Truncate (floor/ceil the correction range)</source>
        <translation>截断（对校正范围取整）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YaRN truncate: round the correction range outward to whole pairs (HF default true; gpt-oss uses false).</source>
        <translation>YaRN truncate：将校正范围向外取整到整数维度对（HF 默认为 true；gpt-oss 使用 false）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Position m</source>
        <translation>位置 m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The position whose rotation angles m * inv_freq the rotating-pairs view shows.</source>
        <translation>旋转维度对视图显示其旋转角 m * inv_freq 的位置。</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::ParamsController</name>
    <message>
        <location filename="../../ui/controllers/paramscontroller.cpp" line="+70"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropelab::ui::ParamsHistory</name>
    <message>
        <location filename="../../ui/controllers/paramshistory.cpp" line="+53"/>
        <source>parameter change</source>
        <translation>参数修改</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::ReadoutWidget</name>
    <message>
        <location filename="../../ui/widgets/readoutwidget.cpp" line="+43"/>
        <source>Rotary dim d</source>
        <translation>旋转维度 d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d = int(head_dim * partial_rotary_factor): the number of rotated dimensions.</source>
        <translation>d = int(head_dim * partial_rotary_factor)：参与旋转的维度数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective base</source>
        <translation>有效基数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base actually used after the method rescales it (NTK-aware, dynamic NTK).</source>
        <translation>方法重新缩放后实际使用的基数（NTK-aware、动态 NTK）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention factor</source>
        <translation>注意力因子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiplies cos and sin; for YaRN it is 0.1 ln s + 1 unless set explicitly.</source>
        <translation>乘在 cos 和 sin 上；YaRN 中除非显式设置，否则为 0.1 ln s + 1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logit multiplier</source>
        <translation>logit 乘数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The square of the attention factor: how much the rotary q.k logits are scaled.</source>
        <translation>注意力因子的平方：旋转部分 q·k logit 的缩放倍数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Softmax scale x</source>
        <translation>softmax 缩放 ×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DeepSeek style get_mscale(s, mscale_all_dim)^2 applied to the softmax scale.</source>
        <translation>DeepSeek 风格：softmax 缩放乘以 get_mscale(s, mscale_all_dim)^2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction range</source>
        <translation>校正范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YaRN pair indices [low, high]: pairs up to low are kept, from high on divided by s.</source>
        <translation>YaRN 维度对下标 [low, high]：low 及之前保持不变，high 及之后除以 s。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs high / medium / low</source>
        <translation>高 / 中 / 低频维度对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many pairs are kept (high frequency), blended (medium) and interpolated (low).</source>
        <translation>保持（高频）、混合（中频）与插值（低频）的维度对数量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest wavelength</source>
        <translation>最长波长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wavelength 2 pi / inv_freq of the slowest pair, against the original context L.</source>
        <translation>最慢维度对的波长 2π / inv_freq，与原始上下文 L 相比。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 (%2 pairs)</source>
        <translation>%1（%2 对）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>n/a for this method</source>
        <translation>此方法不适用</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 positions = %2 x L</source>
        <translation>%1 个位置 = %2 × L</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::RotationPanel</name>
    <message>
        <location filename="../../ui/widgets/rotationpanel.cpp" line="+28"/>
        <source>Animate the position m (the hands turn at their own frequencies).</source>
        <translation>让位置 m 动起来（每根指针按各自的频率转动）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Speed:</source>
        <translation>速度(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many positions m advances per second while playing.</source>
        <translation>播放时位置 m 每秒前进的位置数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 positions/s</source>
        <translation>%1 位置/秒</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::RotationView</name>
    <message>
        <location filename="../../ui/widgets/rotationview.cpp" line="+70"/>
        <source>Rotating pairs</source>
        <translation>旋转维度对</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>%1, d = %2, base %3</source>
        <translation>%1，d = %2，基数 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, s = %1</source>
        <translation>，s = %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotating pairs at position m = %1 | %2</source>
        <translation>位置 m = %1 处的旋转维度对 | %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No frequencies to show.</source>
        <translation>没有可显示的频率。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No frequencies to show: %1</source>
        <translation>没有可显示的频率：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>ghost hand: unscaled angle</source>
        <translation>虚影指针：未缩放的角度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hand angle = m x inv_freq[i] (counter-clockwise from 3 o&apos;clock)</source>
        <translation>指针角度 = m × inv_freq[i]（从 3 点钟方向逆时针）</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>pair i = %1 (%2)</source>
        <translation>维度对 i = %1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inv_freq = %1 rad/position</source>
        <translation>inv_freq = %1 弧度/位置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unscaled inv_freq = %1 rad/position</source>
        <translation>未缩放 inv_freq = %1 弧度/位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wavelength = %1 positions</source>
        <translation>波长 = %1 个位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>r = L / wavelength = %1 rotations</source>
        <translation>r = L / 波长 = %1 圈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ramp = %1</source>
        <translation>ramp = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>angle = m x inv_freq = %1 rad (%2 rad mod 2 pi)</source>
        <translation>角度 = m × inv_freq = %1 弧度（模 2π 为 %2 弧度）</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::SessionController</name>
    <message>
        <location filename="../../ui/controllers/sessioncontroller.cpp" line="+37"/>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open %1: the file is larger than %2 MB</source>
        <translation>无法打开 %1：文件大于 %2 MB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not load the state %1: %2</source>
        <translation>无法载入状态 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not load the preset %1: %2</source>
        <translation>无法载入预设 %1：%2</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::TemperatureController</name>
    <message>
        <location filename="../../ui/controllers/temperaturecontroller.cpp" line="+208"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropelab::ui::TemperatureView</name>
    <message>
        <location filename="../../ui/charts/temperatureview.cpp" line="+21"/>
        <source>0.1 ln s + 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>formula at s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without attention factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with the temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RoPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uniform attention (ln n, the maximum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YaRN&apos;s temperature: logits are multiplied by 1/t = (0.1 ln s + 1)².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Softmax of one example row of self scores, with and without the attention factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention entropy of a query over a growing context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Attention temperature vs scale factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scale factor s (dimensionless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1/√t = attention factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>formula at s = %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 (attention factor %3, softmax scale ×%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (logits ×%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Softmax of an example score row (%1 keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>key distance Δ (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attention weight (probability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>without attention factor (H = %1 nats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>logits × %1 (H = %2 nats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attention entropy vs context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context length (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entropy (nats)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ropelab::ui::theme</name>
    <message>
        <location filename="../../ui/theme.cpp" line="+31"/>
        <source>high frequency (kept)</source>
        <translation>高频（保持）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium (blended)</source>
        <translation>中频（混合）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low frequency (interpolated)</source>
        <translation>低频（插值）</translation>
    </message>
</context>
</TS>
