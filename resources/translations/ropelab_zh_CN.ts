<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="+88"/>
        <source>RoPE Lab: explore rotary position embeddings and their long-context scalings.</source>
        <translation>RoPE Lab：探索旋转位置编码（RoPE）及其长上下文缩放方法。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run &apos;ropelab &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>运行 &apos;ropelab &lt;command&gt; --help&apos; 查看某个命令的选项。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A config.json or saved state to open.</source>
        <translation>要打开的 config.json 或已保存的状态文件。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ropelab: unknown command or file &apos;%1&apos;</source>
        <translation>ropelab：未知的命令或文件 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ropelab::app</name>
    <message>
        <location filename="../../app/inspectcommand.cpp" line="+131"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rotary dim</source>
        <translation>旋转维度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>base</source>
        <translation>基数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effective base</source>
        <translation>有效基数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correction range</source>
        <translation>校正范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attention factor</source>
        <translation>注意力因子</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (softmax scale = qk_head_dim %1^-0.5 x multiplier = %2)</source>
        <translation>（softmax 缩放 = qk_head_dim %1^-0.5 x 乘数 = %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>softmax-scale multiplier</source>
        <translation>softmax 缩放乘数</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>i</source>
        <translation>i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inv_freq</source>
        <translation>inv_freq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wavelength</source>
        <translation>波长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ramp</source>
        <translation>ramp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>band</source>
        <translation>频段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ratio</source>
        <translation>比值</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ropelab inspect: print the per-pair frequencies (inv_freq, wavelength, rotations, ramp, band, ratio) of a Hugging Face config.json, a RoPE Lab state file or a built-in preset (&apos;ropelab presets&apos; lists them).</source>
        <translation>ropelab inspect：打印 Hugging Face config.json、RoPE Lab 状态文件或内置预设（&apos;ropelab presets&apos; 可列出全部预设）中每个维度对的频率信息（inv_freq、波长、旋转圈数、ramp、频段、比值）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A config.json or RoPE Lab state file.</source>
        <translation>config.json 或 RoPE Lab 状态文件。</translation>
    </message>
    <message>
        <location filename="../../app/exportcommand.cpp" line="+60"/>
        <source>Render a view to PNG, SVG or CSV without opening a window.</source>
        <translation>无需打开窗口，将视图渲染为 PNG、SVG 或 CSV。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A config.json or saved state.</source>
        <translation>config.json 或已保存的状态文件。</translation>
    </message>
    <message>
        <location filename="../../app/commandsupport.cpp" line="+38"/>
        <source>Use a built-in model preset (see &apos;ropelab presets&apos;).</source>
        <translation>使用内置模型预设（见 &apos;ropelab presets&apos;）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Override the config&apos;s scaling method (reads the same keys): %1.</source>
        <translation>覆盖配置中的缩放方法（读取相同的配置键）：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current sequence length (dynamic NTK, LongRoPE).</source>
        <translation>当前序列长度（动态 NTK、LongRoPE）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--method: unknown method &apos;%1&apos;; known: %2</source>
        <translation>--method：未知方法 &apos;%1&apos;；可用方法：%2</translation>
    </message>
    <message>
        <location filename="../../app/exportcommand.cpp" line="+3"/>
        <source>rotation, bands, decay, temperature or heatmap.</source>
        <translation>视图：rotation、bands、decay、temperature 或 heatmap。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output file (.png, .svg, .csv).</source>
        <translation>输出文件（.png、.svg、.csv）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logical size WxH (default 1200x800).</source>
        <translation>逻辑尺寸 WxH（默认 1200x800）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG pixel ratio (default 2).</source>
        <translation>PNG 像素比（默认 2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds to wait for the view&apos;s sweep (default 120).</source>
        <translation>等待视图扫描计算完成的秒数（默认 120）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scale factor s.</source>
        <translation>缩放因子 s。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rope_theta.</source>
        <translation>rope_theta（RoPE 基数）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>head_dim.</source>
        <translation>head_dim（注意力头维度）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>partial_rotary_factor.</source>
        <translation>partial_rotary_factor（部分旋转系数）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>beta_fast.</source>
        <translation>beta_fast。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>beta_slow.</source>
        <translation>beta_slow。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>original_max_position_embeddings.</source>
        <translation>original_max_position_embeddings（原始上下文长度）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>max_position_embeddings.</source>
        <translation>max_position_embeddings（最大位置数）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attention_factor.</source>
        <translation>attention_factor（注意力因子）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mscale.</source>
        <translation>mscale。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mscale_all_dim.</source>
        <translation>mscale_all_dim。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>low_freq_factor (Llama 3).</source>
        <translation>low_freq_factor（Llama 3）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>high_freq_factor (Llama 3).</source>
        <translation>high_freq_factor（Llama 3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position m of the rotation view.</source>
        <translation>旋转视图中的位置 m。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../app/sweepcommand.cpp" line="+171"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--view is required (%1)</source>
        <translation>必须指定 --view（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown view &apos;%1&apos; (use %2)</source>
        <translation>未知视图 &apos;%1&apos;（可用：%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out FILE.png|.svg|.csv is required</source>
        <translation>必须指定 --out FILE.png|.svg|.csv</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--size &apos;%1&apos; is not WxH (e.g. 1200x800)</source>
        <translation>--size &apos;%1&apos; 不是 WxH 格式（例如 1200x800）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--size &apos;%1&apos;: each side must be between 16 and 20000</source>
        <translation>--size &apos;%1&apos;：每条边必须在 16 到 20000 之间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--scale &apos;%1&apos; must be a number between 0.25 and 8</source>
        <translation>--scale &apos;%1&apos; 必须是 0.25 到 8 之间的数值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout &apos;%1&apos; must be a positive number of seconds</source>
        <translation>--timeout &apos;%1&apos; 必须是正的秒数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give exactly one of --preset NAME or --config FILE</source>
        <translation>--preset NAME 与 --config FILE 必须且只能指定其中一个</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1 &apos;%2&apos; must be %3 between %4 and %5</source>
        <translation>--%1 &apos;%2&apos; 必须是 %4 到 %5 之间的%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--position &apos;%1&apos; must be a number of tokens</source>
        <translation>--position &apos;%1&apos; 必须是 token 数</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>view &apos;%1&apos; could not be created</source>
        <translation>无法创建视图 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the %1 view&apos;s computation did not finish within %2 s</source>
        <translation>%1 视图的计算未能在 %2 秒内完成</translation>
    </message>
    <message>
        <location filename="../../app/inspectcommand.cpp" line="+4"/>
        <source>Print one JSON object (full float64 precision).</source>
        <translation>输出单个 JSON 对象（完整 float64 精度）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected one config file, got %1 arguments</source>
        <translation>应只给出一个配置文件，实际给出了 %1 个参数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give either a config file or --preset, not both</source>
        <translation>配置文件与 --preset 只能二选一，不能同时指定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give a config.json file or --preset NAME (see &apos;ropelab presets&apos;)</source>
        <translation>请指定 config.json 文件或 --preset NAME（见 &apos;ropelab presets&apos;）</translation>
    </message>
    <message>
        <location filename="../../app/commandsupport.cpp" line="+9"/>
        <source>--seq-len must be an integer between 1 and %1, got &apos;%2&apos;</source>
        <translation>--seq-len 必须是 1 到 %1 之间的整数，实际为 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../app/inspectcommand.cpp" line="+23"/>
        <source>ropelab presets: list the built-in model presets (use one with &apos;ropelab inspect --preset NAME&apos;).</source>
        <translation>ropelab presets：列出内置模型预设（可通过 &apos;ropelab inspect --preset NAME&apos; 使用其中之一）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>takes no arguments, got &apos;%1&apos;</source>
        <translation>不接受参数，实际给出了 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/sweepcommand.cpp" line="-102"/>
        <location line="+45"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write a full-precision sweep as CSV. KIND is one of: self-score, bound, random, entropy, angles.</source>
        <translation>将完整精度的扫描结果写为 CSV。KIND 取以下之一：self-score、bound、random、entropy、angles。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sweep to run.</source>
        <translation>要运行的扫描。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A config.json or state file.</source>
        <translation>config.json 或状态文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear grid 0 .. N-1 (entropy: 1 .. N).</source>
        <translation>线性网格 0 .. N-1（entropy：1 .. N）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log-spaced grid from 1 to MAX (0 prepended).</source>
        <translation>从 1 到 MAX 的对数间隔网格（开头补上 0）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points of the log grid (default 1024; entropy 64); angles: columns.</source>
        <translation>对数网格的点数（默认 1024；entropy 为 64）；angles：列数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (random, entropy).</source>
        <translation>随机种子（random、entropy）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correlation of k with q (random, entropy).</source>
        <translation>k 与 q 的相关系数（random、entropy）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output CSV file.</source>
        <translation>输出 CSV 文件。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>missing KIND (self-score, bound, random, entropy or angles)</source>
        <translation>缺少 KIND（self-score、bound、random、entropy 或 angles）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown sweep &apos;%1&apos; (expected self-score, bound, random, entropy or angles)</source>
        <translation>未知扫描 &apos;%1&apos;（应为 self-score、bound、random、entropy 或 angles）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give exactly one of CONFIG.json or --preset NAME</source>
        <translation>CONFIG.json 与 --preset NAME 必须且只能指定其中一个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--out FILE.csv is required</source>
        <translation>必须指定 --out FILE.csv</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give either --n or --log-grid, not both</source>
        <translation>--n 与 --log-grid 只能二选一，不能同时指定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--n: &apos;%1&apos; is not an integer</source>
        <translation>--n：&apos;%1&apos; 不是整数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--log-grid: &apos;%1&apos; is not a number</source>
        <translation>--log-grid：&apos;%1&apos; 不是数值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--points: &apos;%1&apos; is not an integer</source>
        <translation>--points：&apos;%1&apos; 不是整数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--seed: &apos;%1&apos; is not a non-negative integer</source>
        <translation>--seed：&apos;%1&apos; 不是非负整数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--correlation: &apos;%1&apos; is not a number</source>
        <translation>--correlation：&apos;%1&apos; 不是数值</translation>
    </message>
</context>
<context>
    <name>ropelab::numerics::Method</name>
    <message>
        <location filename="../../ui/theme.cpp" line="+80"/>
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
        <translation>RoPE（未缩放）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scaled</source>
        <translation>缩放后</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ratio scaled / unscaled frequency</source>
        <translation>频率比（缩放后 / 未缩放）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ramp (0 = kept, 1 = divided by s)</source>
        <translation>ramp（0 = 保持，1 = 除以 s）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wavelength 2π/θᵢ of each dimension pair, before and after scaling, over the frequency bands.</source>
        <translation>每个维度对在缩放前后的波长 2π/θᵢ，背景为各频段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much each pair&apos;s frequency is divided, and the interpolation ramp that decides it.</source>
        <translation>每个维度对的频率被除以多少，以及决定这一点的插值 ramp。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Frequency bands</source>
        <translation>频段</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pair index i</source>
        <translation>维度对下标 i</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wavelength per pair: %1</source>
        <translation>各维度对的波长：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wavelength per pair: RoPE vs %1</source>
        <translation>各维度对的波长：RoPE 与 %1 对比</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>wavelength (tokens)</source>
        <translation>波长（token）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L = %1 tokens</source>
        <translation>L = %1 个 token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>s·L = %1 tokens</source>
        <translation>s·L = %1 个 token</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Frequency ratio and interpolation ramp per pair</source>
        <translation>各维度对的频率比与插值 ramp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ratio / ramp</source>
        <translation>比值 / ramp</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::DecayController</name>
    <message>
        <location filename="../../ui/controllers/decaycontroller.cpp" line="+343"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>RoPE (base %1)</source>
        <translation>RoPE（基数 %1）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>RoPE base %1</source>
        <translation>RoPE 基数 %1</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::DecayView</name>
    <message>
        <location filename="../../ui/charts/decayview.cpp" line="+34"/>
        <source>Overlay bases</source>
        <translation>叠加不同基数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self score (q = k)</source>
        <translation>自身分数（q = k）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RoFormer bound</source>
        <translation>RoFormer 上界</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random q/k draw</source>
        <translation>随机抽取 q/k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which score to plot against the relative distance.</source>
        <translation>选择随相对距离绘制的分数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log distance</source>
        <translation>对数距离</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear distance</source>
        <translation>线性距离</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logarithmic or linear relative-distance axis.</source>
        <translation>相对距离轴使用对数或线性刻度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to %1 tokens</source>
        <translation>最多 %1 个 token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Largest relative distance computed.</source>
        <translation>计算的最大相对距离。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also draw plain RoPE at bases 1, 100, 500 and 10000.</source>
        <translation>同时绘制基数为 1、100、500 和 10000 的原始 RoPE。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>RoPE</source>
        <translation>RoPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scaled</source>
        <translation>缩放后</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>base %1</source>
        <translation>基数 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Score vs distance</source>
        <translation>分数与距离</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>self score (q = k)</source>
        <translation>自身分数（q = k）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RoFormer long-term decay bound</source>
        <translation>RoFormer 远程衰减上界</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>random q/k draw</source>
        <translation>随机抽取的 q/k</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attention score vs relative distance: %1</source>
        <translation>注意力分数随相对距离的变化：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relative distance (tokens)</source>
        <translation>相对距离（token）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normalised score (dimensionless)</source>
        <translation>归一化分数（无量纲）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>L = %1</source>
        <translation>L = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>s·L = %1</source>
        <translation>s·L = %1</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="+23"/>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG vector image</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV data</source>
        <translation>CSV 数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG for slides, SVG for papers, CSV for the plotted numbers.</source>
        <translation>PNG 适合幻灯片，SVG 适合论文，CSV 提供绘图所用的数值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logical width of the rendered view.</source>
        <translation>渲染视图的逻辑宽度。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logical height of the rendered view.</source>
        <translation>渲染视图的逻辑高度。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG pixel ratio: the image is size × scale pixels.</source>
        <translation>PNG 像素比：图像像素数为 尺寸 × 缩放倍数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vector image, %1 × %2 units</source>
        <translation>矢量图，%1 × %2 单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plotted data at full precision</source>
        <translation>完整精度的绘图数据</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::Exporter</name>
    <message>
        <location filename="../../ui/exporter.cpp" line="+29"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid export size %1x%2: each side must be between 16 and %3.</source>
        <translation>导出尺寸 %1x%2 无效：每条边必须在 16 到 %3 之间。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid export scale %1: it must be between 0.25 and 8.</source>
        <translation>导出缩放倍数 %1 无效：必须在 0.25 到 8 之间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export too large: %1x%2 at scale %3.</source>
        <translation>导出图像过大：%1x%2，缩放倍数 %3。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot export to %1: unknown file type &apos;%2&apos; (use .png, .svg or .csv).</source>
        <translation>无法导出到 %1：未知文件类型 &apos;%2&apos;（请使用 .png、.svg 或 .csv）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>RoPE Lab: %1</source>
        <translation>RoPE Lab：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the SVG painter could not start</source>
        <translation>SVG 绘图器无法启动</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the folder cannot be created</source>
        <translation>无法创建文件夹</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::HeatmapController</name>
    <message>
        <location filename="../../ui/controllers/heatmapcontroller.cpp" line="+109"/>
        <source>The sweep returned no heatmap.</source>
        <translation>扫描未返回热力图。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::HeatmapView</name>
    <message>
        <location filename="../../ui/charts/heatmapview.cpp" line="+73"/>
        <source>positions 0 – %1</source>
        <translation>位置 0 – %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Range of positions shown on the horizontal axis.</source>
        <translation>横轴上显示的位置范围。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation angle of each pair (mod 2π) at each position.</source>
        <translation>每个维度对在各个位置上的旋转角（模 2π）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+85"/>
        <source>Computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Angle heatmap</source>
        <translation>角度热力图</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Rotation angle mod 2π per position and pair</source>
        <translation>各位置、各维度对的旋转角（模 2π）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation angle mod 2π per position and pair: %1</source>
        <translation>各位置、各维度对的旋转角（模 2π）：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>position (tokens)</source>
        <translation>位置（token）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pair index i</source>
        <translation>维度对下标 i</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>angle (rad)</source>
        <translation>角度（弧度）</translation>
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
        <location filename="../../ui/widgets/parameterspanel.cpp" line="+54"/>
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
        <translation>%1：%2</translation>
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
        <location line="+96"/>
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
        <location filename="../../ui/controllers/temperaturecontroller.cpp" line="+216"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::TemperatureView</name>
    <message>
        <location filename="../../ui/charts/temperatureview.cpp" line="+21"/>
        <source>0.1 ln s + 1</source>
        <translation>0.1 ln s + 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>formula at s</source>
        <translation>公式在 s 处的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this method</source>
        <translation>当前方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without attention factor</source>
        <translation>不含注意力因子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with the temperature</source>
        <translation>加入注意力温度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RoPE</source>
        <translation>RoPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scaled</source>
        <translation>缩放后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uniform attention (ln n, the maximum)</source>
        <translation>均匀注意力（ln n，最大值）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YaRN&apos;s temperature: logits are multiplied by 1/t = (0.1 ln s + 1)².</source>
        <translation>YaRN 的注意力温度：logits 乘以 1/t = (0.1 ln s + 1)²。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Softmax of one example row of self scores, with and without the attention factor.</source>
        <translation>一行示例自身分数的 softmax，分别给出有无注意力因子时的结果。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention entropy of a query over a growing context.</source>
        <translation>单个 query 在不断增长的上下文上的注意力熵。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Temperature</source>
        <translation>注意力温度</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Attention temperature vs scale factor (logits × %1)</source>
        <translation>注意力温度随缩放因子的变化（logits × %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention temperature vs scale factor</source>
        <translation>注意力温度随缩放因子的变化</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>s = %1: %2</source>
        <translation>s = %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 (in the softmax scale)</source>
        <translation>%1：%2（作用于 softmax 缩放）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Softmax of a score row (%1 keys), entropy H in nats</source>
        <translation>一行分数的 softmax（%1 个 key），熵 H 的单位为 nat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>plain: H = %1</source>
        <translation>原始：H = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>logits × %1: H = %2</source>
        <translation>logits × %1：H = %2</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>scale factor s (dimensionless)</source>
        <translation>缩放因子 s（无量纲）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1/√t = attention factor</source>
        <translation>1/√t = 注意力因子</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>key distance Δ (tokens)</source>
        <translation>key 距离 Δ（token）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attention weight (probability)</source>
        <translation>注意力权重（概率）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attention entropy vs context length</source>
        <translation>注意力熵随上下文长度的变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context length (tokens)</source>
        <translation>上下文长度（token）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entropy (nats)</source>
        <translation>熵（nat）</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::theme</name>
    <message>
        <location filename="../../ui/theme.cpp" line="-58"/>
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
