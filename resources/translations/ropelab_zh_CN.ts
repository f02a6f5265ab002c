<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ViewOption</name>
    <message>
        <location filename="../../ui/controllers/viewoptions.cpp" line="+39"/>
        <source>Score vs distance: self-score, bound or random.</source>
        <translation>分数与距离：自身分数（self-score）、上界（bound）或随机（random）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Score vs distance: log or linear distance axis.</source>
        <translation>分数与距离：距离轴使用对数（log）或线性（linear）刻度。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Score vs distance: largest relative distance (16 to 2^31).</source>
        <translation>分数与距离：最大相对距离（16 到 2^31）。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Angle heatmap: positions 0 .. N (16 to 2^31).</source>
        <translation>角度热力图：位置 0 .. N（16 到 2^31）。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Score vs distance: also draw plain RoPE at bases 1, 100, 500, 10000.</source>
        <translation>分数与距离：同时绘制基数为 1、100、500、10000 的原始 RoPE。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Score vs distance: draw the rolling max |score| envelope where the curve is denser than the pixels.</source>
        <translation>分数与距离：在曲线点比像素更密的地方，绘制 |score| 的滑动最大值包络。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rotating pairs: positions per second while playing.</source>
        <translation>旋转维度对：播放时每秒前进的位置数。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/commands.cpp" line="+14"/>
        <source>Print the per-pair frequencies of a config.json or preset</source>
        <translation>打印 config.json 或预设中每个维度对的频率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the built-in model presets</source>
        <translation>列出内置模型预设</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a full-precision sweep (score, bound, entropy, angles) as CSV</source>
        <translation>将完整精度的扫描结果（分数、上界、熵、角度）写为 CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Render a view to PNG, SVG or CSV without opening a window</source>
        <translation>无需打开窗口，将视图渲染为 PNG、SVG 或 CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the guided lessons, or render steps as PNG, SVG or a PDF handout</source>
        <translation>列出引导课程，或将各步渲染为 PNG、SVG 或 PDF 讲义</translation>
    </message>
</context>
<context>
    <name>ropelab::app</name>
    <message>
        <location filename="../../app/inspectcommand.cpp" line="+147"/>
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
        <location line="+3"/>
        <source>not given</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longrope factors</source>
        <translation>longrope 因子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>long (seq_len %1 &gt; original_max_position_embeddings %2)</source>
        <translation>长因子（seq_len %1 &gt; original_max_position_embeddings %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>short (seq_len %1, not &gt; original_max_position_embeddings %2)</source>
        <translation>短因子（seq_len %1，不大于 original_max_position_embeddings %2）</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+1"/>
        <source>logit multiplier 1/t</source>
        <translation>logit 乘数 1/t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (attention factor^2 x softmax-scale multiplier)</source>
        <translation>%1（注意力因子^2 x softmax 缩放乘数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>temperature applied</source>
        <translation>温度作用位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>original context L</source>
        <translation>原始上下文 L</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bands</source>
        <translation>频段</translation>
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
        <location line="+14"/>
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
        <source>ropelab inspect: print the per-pair frequencies (inv_freq, wavelength, rotations, ramp, band, ratio) of a Hugging Face config.json, a RoPE Lab state file or a built-in preset (&apos;ropelab presets&apos; lists them), with the same parameter overrides as &apos;ropelab export&apos;.</source>
        <translation>ropelab inspect：打印 Hugging Face config.json、RoPE Lab 状态文件或内置预设（&apos;ropelab presets&apos; 可列出）的逐维度对频率（inv_freq、波长、圈数、ramp、频段、比值），可使用与 &apos;ropelab export&apos; 相同的参数覆盖选项。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A config.json or RoPE Lab state file.</source>
        <translation>config.json 或 RoPE Lab 状态文件。</translation>
    </message>
    <message>
        <location filename="../../app/exportcommand.cpp" line="+49"/>
        <source>Render a view to PNG, SVG or CSV without opening a window.</source>
        <translation>无需打开窗口，将视图渲染为 PNG、SVG 或 CSV。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A config.json or saved state.</source>
        <translation>config.json 或已保存的状态文件。</translation>
    </message>
    <message>
        <location filename="../../app/commandsupport.cpp" line="+43"/>
        <source>Use a built-in model preset (see &apos;ropelab presets&apos;).</source>
        <translation>使用内置模型预设（见 &apos;ropelab presets&apos;）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Override the config&apos;s scaling method (reads the same keys): %1.</source>
        <translation>覆盖配置中的缩放方法（读取相同的配置键）：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current sequence length (dynamic NTK, LongRoPE).</source>
        <translation>当前序列长度（动态 NTK、LongRoPE）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--method: unknown method &apos;%1&apos;; known: %2</source>
        <translation>--method：未知方法 &apos;%1&apos;；可用方法：%2</translation>
    </message>
    <message>
        <location filename="../../app/exportcommand.cpp" line="+2"/>
        <source>rotation, bands, decay, temperature or heatmap.</source>
        <translation>视图：rotation、bands、decay、temperature 或 heatmap。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output file (.png, .svg, .csv).</source>
        <translation>输出文件（.png、.svg、.csv）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logical size WxH (default 1200x800).</source>
        <translation>逻辑尺寸 WxH（默认 1200x800）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG pixel ratio (default 2).</source>
        <translation>PNG 像素比（默认 2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds to wait for the view&apos;s sweep (default 120).</source>
        <translation>等待视图扫描计算完成的秒数（默认 120）。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>--size &apos;%1&apos; is too large: each side can be at most %2</source>
        <translation>--size &apos;%1&apos; 过大：每条边最多为 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--size &apos;%1&apos; is too small: each side must be at least %2</source>
        <translation>--size &apos;%1&apos; 过小：每条边至少为 %2</translation>
    </message>
    <message>
        <location filename="../../app/commandsupport.cpp" line="+48"/>
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
        <location line="+2"/>
        <source>partial_rotary_factor.</source>
        <translation>partial_rotary_factor（部分旋转系数）。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+3"/>
        <source>Position m of the rotation view.</source>
        <translation>旋转视图中的位置 m。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>One of: %1.</source>
        <translation>可选值：%1。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 &apos;%2&apos; must be a number</source>
        <translation>%1 &apos;%2&apos; 必须是数值</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Usage: ropelab %1</source>
        <translation>用法：ropelab %1</translation>
    </message>
    <message>
        <location filename="../../app/exportcommand.cpp" line="-39"/>
        <location filename="../../app/sweepcommand.cpp" line="+320"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--view is required (%1)</source>
        <translation>必须指定 --view（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/guicommand.cpp" line="+144"/>
        <source>unknown view &apos;%1&apos; (use %2)</source>
        <translation>未知视图 &apos;%1&apos;（可用：%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out FILE.png|.svg|.csv is required</source>
        <translation>必须指定 --out FILE.png|.svg|.csv</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--size &apos;%1&apos; is not WxH (e.g. 1200x800)</source>
        <translation>--size &apos;%1&apos; 不是 WxH 格式（例如 1200x800）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--scale &apos;%1&apos; must be a number between 0.25 and 8</source>
        <translation>--scale &apos;%1&apos; 必须是 0.25 到 8 之间的数值</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--timeout &apos;%1&apos; must be a positive number of seconds</source>
        <translation>--timeout &apos;%1&apos; 必须是正的秒数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give exactly one of --preset NAME or --config FILE</source>
        <translation>--preset NAME 与 --config FILE 必须且只能指定其中一个</translation>
    </message>
    <message>
        <location filename="../../app/commandsupport.cpp" line="-86"/>
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
        <location filename="../../app/exportcommand.cpp" line="+32"/>
        <source>view &apos;%1&apos; could not be created</source>
        <translation>无法创建视图 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the %1 view&apos;s computation did not finish within %2 s</source>
        <translation>%1 视图的计算未能在 %2 秒内完成</translation>
    </message>
    <message>
        <location filename="../../app/inspectcommand.cpp" line="+4"/>
        <source>Print one JSON object (full float64 precision).</source>
        <translation>输出单个 JSON 对象（完整 float64 精度）。</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../app/commandsupport.cpp" line="-124"/>
        <source>--seq-len must be an integer between 1 and %1, got &apos;%2&apos;</source>
        <translation>--seq-len 必须是 1 到 %1 之间的整数，实际为 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../app/inspectcommand.cpp" line="+28"/>
        <source>ropelab presets: list the built-in model presets (use one with &apos;ropelab inspect --preset NAME&apos;).</source>
        <translation>ropelab presets：列出内置模型预设（可通过 &apos;ropelab inspect --preset NAME&apos; 使用其中之一）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>takes no arguments, got &apos;%1&apos;</source>
        <translation>不接受参数，实际给出了 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/sweepcommand.cpp" line="-164"/>
        <location line="+11"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Write a full-precision sweep as CSV. KIND is one of: self-score, bound, random, entropy, angles; --decay-mode MODE may stand for KIND. It takes the options of &apos;ropelab export&apos;: a decay sweep covers the distances the decay view shows for the same --decay-mode, --distance, --range and --overlay-bases (the overlay writes one long table with a series column), and &apos;angles&apos; writes the heatmap view&apos;s CSV table for positions 0 .. --heatmap-range. --position, --speed and --envelope only change what the window draws; a sweep accepts and ignores them.</source>
        <translation>以 CSV 写出全精度扫描。KIND 取 self-score、bound、random、entropy、angles 之一；也可用 --decay-mode MODE 代替 KIND。它接受 &apos;ropelab export&apos; 的选项：衰减扫描覆盖的距离与衰减视图在相同 --decay-mode、--distance、--range 和 --overlay-bases 下显示的一致（叠加时写出一张带 series 列的长表），&apos;angles&apos; 写出角度热力图视图在位置 0 .. --heatmap-range 上的 CSV 表。--position、--speed 和 --envelope 只影响窗口中的绘制；扫描接受但忽略它们。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sweep to run (or give --decay-mode).</source>
        <translation>要运行的扫描（或给出 --decay-mode）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A config.json or state file.</source>
        <translation>config.json 或状态文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linear grid 0 .. N-1 (entropy: 1 .. N).</source>
        <translation>线性网格 0 .. N-1（entropy：1 .. N）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log-spaced grid from 1 to MAX (0 prepended).</source>
        <translation>从 1 到 MAX 的对数间隔网格（开头补上 0）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points of the log grid (default 1024; entropy 64); angles: columns.</source>
        <translation>对数网格的点数（默认 1024；entropy 为 64）；angles：列数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random seed (random, entropy).</source>
        <translation>随机种子（random、entropy）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correlation of k with q (random, entropy).</source>
        <translation>k 与 q 的相关系数（random、entropy）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output CSV file.</source>
        <translation>输出 CSV 文件。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>KIND &apos;%1&apos; conflicts with --decay-mode %2; give one of them</source>
        <translation>KIND &apos;%1&apos; 与 --decay-mode %2 冲突；只给其中一个</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 applies to sweep %2, not to sweep %3</source>
        <translation>%1 用于 sweep %2，不适用于 sweep %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give either %1 or --log-grid, not both</source>
        <translation>%1 与 --log-grid 只能给一个</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give either %1 or %2, not both</source>
        <translation>%1 与 %2 只能给一个</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1: &apos;%2&apos; is not an integer</source>
        <translation>%1：&apos;%2&apos; 不是整数</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>unknown sweep &apos;%1&apos; (expected self-score, bound, random, entropy or angles)</source>
        <translation>未知扫描 &apos;%1&apos;（应为 self-score、bound、random、entropy 或 angles）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing KIND (self-score, bound, random, entropy or angles) or --decay-mode MODE</source>
        <translation>缺少 KIND（self-score、bound、random、entropy 或 angles）或 --decay-mode MODE</translation>
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
        <location line="+81"/>
        <source>--log-grid: &apos;%1&apos; is not a number</source>
        <translation>--log-grid：&apos;%1&apos; 不是数值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--points: &apos;%1&apos; is not an integer</source>
        <translation>--points：&apos;%1&apos; 不是整数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--seed: &apos;%1&apos; is not a non-negative integer</source>
        <translation>--seed：&apos;%1&apos; 不是非负整数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--correlation: &apos;%1&apos; is not a number</source>
        <translation>--correlation：&apos;%1&apos; 不是数值</translation>
    </message>
    <message>
        <location filename="../../app/guicommand.cpp" line="-115"/>
        <source>RoPE Lab: explore rotary position embeddings and their long-context scalings.</source>
        <translation>RoPE Lab：探索旋转位置编码（RoPE）及其长上下文缩放方法。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a command, opens the window: with FILE (a config.json or a saved state), or --preset NAME, and the parameter overrides below applied on top. Without either, the window starts from the last session.</source>
        <translation>不带命令时打开窗口：载入 FILE（config.json 或已保存的状态文件）或 --preset NAME，再在其上应用下列参数覆盖选项。两者都未指定时，窗口恢复上一次会话。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run &apos;ropelab &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>运行 &apos;ropelab &lt;command&gt; --help&apos; 查看某个命令的选项。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A config.json or saved state to open.</source>
        <translation>要打开的 config.json 或已保存的状态文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The view to show first: %1.</source>
        <translation>先显示的视图：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the guided lessons at step N (1 is the first).</source>
        <translation>在第 N 步打开引导课程（第一步为 1）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>give at most one file to open, got %1</source>
        <translation>最多只能指定一个要打开的文件，实际给出了 %1 个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown command or file &apos;%1&apos;</source>
        <translation>未知的命令或文件 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give either a file or --preset, not both</source>
        <translation>文件与 --preset 只能二选一，不能同时指定</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--lesson &apos;%1&apos; must be a step number from 1</source>
        <translation>--lesson &apos;%1&apos; 必须是从 1 开始的步骤编号</translation>
    </message>
    <message>
        <location filename="../../app/lessoncommand.cpp" line="+98"/>
        <source>step %1: view &apos;%2&apos; could not be created</source>
        <translation>步骤 %1：无法创建视图 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>step %1: the %2 view&apos;s computation did not finish</source>
        <translation>步骤 %1：%2 视图的计算未完成</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The guided lessons: --list prints each step&apos;s number, id and title; N --out FILE renders step N (.png, .svg or .pdf) with its view and text; --all --out FILE.pdf writes a handout, one page per step.</source>
        <translation>引导课程：--list 打印每一步的编号、id 和标题；N --out FILE 把第 N 步（.png、.svg 或 .pdf）连同视图和文字一起渲染；--all --out FILE.pdf 写出讲义，每步一页。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the steps.</source>
        <translation>列出各个步骤。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every step (a PDF handout).</source>
        <translation>所有步骤（PDF 讲义）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output file (.png, .svg, .pdf).</source>
        <translation>输出文件（.png、.svg、.pdf）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page size WxH (default 1920x1080).</source>
        <translation>页面尺寸 WxH（默认 1920x1080）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG pixel ratio (default 1).</source>
        <translation>PNG 像素比（默认 1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the page: en or zh_CN (default: the locale&apos;s).</source>
        <translation>页面语言：en 或 zh_CN（默认：系统区域设置的语言）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The step to render (1 is the first).</source>
        <translation>要渲染的步骤（第一步为 1）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--lang &apos;%1&apos; must be en or zh_CN</source>
        <translation>--lang &apos;%1&apos; 必须是 en 或 zh_CN</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>give --list, a step number N or --all (with --out FILE)</source>
        <translation>请给出 --list、步骤编号 N 或 --all（配合 --out FILE）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step &apos;%1&apos; must be a number from 1 to %2</source>
        <translation>步骤 &apos;%1&apos; 必须是 1 到 %2 之间的数字</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--out FILE.png|.svg|.pdf is required</source>
        <translation>必须指定 --out FILE.png|.svg|.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--all writes one PDF: give --out FILE.pdf</source>
        <translation>--all 只写一个 PDF：请给出 --out FILE.pdf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--size &apos;%1&apos; must be WxH from 320x240 to 8000x8000</source>
        <translation>--size &apos;%1&apos; 必须是 320x240 到 8000x8000 之间的 WxH</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--scale &apos;%1&apos; must be a number from 0.25 to 4</source>
        <translation>--scale &apos;%1&apos; 必须是 0.25 到 4 之间的数值</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+44"/>
        <location line="+2"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>RoPE Lab lessons</source>
        <translation>RoPE Lab 课程</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: the painter could not start</source>
        <translation>无法写入 %1：绘图器无法启动</translation>
    </message>
</context>
<context>
    <name>ropelab::numerics::Band</name>
    <message>
        <location filename="../../ui/controllers/bandscontroller.cpp" line="+21"/>
        <source>Kept / blended / interpolated</source>
        <translation>保持 / 混合 / 插值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept (ramp 0)</source>
        <translation>保持（斜坡系数 0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blended (0 &lt; ramp &lt; 1)</source>
        <translation>混合（0 &lt; 斜坡系数 &lt; 1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interpolated (ramp 1)</source>
        <translation>插值（斜坡系数 1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept (wavelength &lt; L/high_freq_factor)</source>
        <translation>保持（波长 &lt; L/high_freq_factor）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blended</source>
        <translation>混合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interpolated (wavelength &gt; L/low_freq_factor)</source>
        <translation>插值（波长 &gt; L/low_freq_factor）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turns in L: &gt; 32 / 1-32 / &lt; 1</source>
        <translation>L 内圈数：&gt; 32 / 1-32 / &lt; 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over 32 turns in L (unscaled)</source>
        <translation>L 内超过 32 圈（未缩放）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 to 32 turns in L (unscaled)</source>
        <translation>L 内 1 到 32 圈（未缩放）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under 1 turn in L (unscaled)</source>
        <translation>L 内不足 1 圈（未缩放）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ramp (0 = unscaled, 1 = divided by s)</source>
        <translation>斜坡系数（0 = 未缩放，1 = 除以 s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exponent e: ratio = s^-e (0 = unscaled, 1 = divided by s)</source>
        <translation>指数 e：比值 = s^-e（0 = 未缩放，1 = 除以 s）</translation>
    </message>
</context>
<context>
    <name>ropelab::numerics::Method</name>
    <message>
        <location filename="../../ui/theme.cpp" line="+82"/>
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
    <name>ropelab::ui</name>
    <message>
        <location filename="../../ui/controllers/viewoptions.cpp" line="+32"/>
        <source>%1 is %2; use one of %3</source>
        <translation>%1 为 %2；请使用以下之一：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2; use true or false</source>
        <translation>%1 为 %2；请使用 true 或 false</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is %2; use %3 from %4 to %5</source>
        <translation>%1 为 %2；请使用 %4 到 %5 之间的%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 must be an object</source>
        <translation>%1 必须是 JSON 对象</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: unknown view option</source>
        <translation>%1：未知的视图选项</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::BandsView</name>
    <message>
        <location filename="../../ui/charts/bandsview.cpp" line="+217"/>
        <source>RoPE (unscaled)</source>
        <translation>RoPE（未缩放）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scaled</source>
        <translation>缩放后</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ratio scaled / unscaled frequency</source>
        <translation>频率比（缩放后 / 未缩放）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wavelength 2π/θᵢ of each dimension pair, before and after scaling, over the method&apos;s frequency bands.</source>
        <translation>每个维度对在缩放前后的波长 2π/θᵢ，背景为该方法的各频段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the method did to each pair: its frequency scaled / unscaled (1 = unchanged, 1/s = divided by s), and the method&apos;s ramp.</source>
        <translation>该方法对每个维度对做了什么：频率比（缩放后 / 未缩放；1 = 不变，1/s = 除以 s），以及该方法的斜坡系数（ramp）。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 short factors</source>
        <translation>%1 短因子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 long factors</source>
        <translation>%1 长因子</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wavelength per pair: RoPE (base %1) vs %2 (effective base %3)</source>
        <translation>各维度对的波长：RoPE（基数 %1）与 %2（有效基数 %3）对比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wavelength per pair: RoPE vs %1 (base %2)</source>
        <translation>各维度对的波长：RoPE 与 %1（基数 %2）对比</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Frequency ratio scaled / unscaled per pair (what the method did)</source>
        <translation>各维度对的频率比：缩放后 / 未缩放（即该方法所做的改变）</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Frequency bands</source>
        <translation>频段</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pair index i</source>
        <translation>维度对下标 i</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bands of %1:</source>
        <translation>%1 的频段：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wavelength per pair: %1</source>
        <translation>各维度对的波长：%1</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+30"/>
        <source>ratio / ramp</source>
        <translation>比值 / 斜坡系数</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::ChartPanel</name>
    <message>
        <location filename="../../ui/charts/chartpanel.cpp" line="+765"/>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::DecayController</name>
    <message>
        <location filename="../../ui/controllers/decaycontroller.cpp" line="+114"/>
        <location line="+280"/>
        <location line="+21"/>
        <source>plain RoPE, base %1</source>
        <translation>原始 RoPE，基数 %1</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>%1 s=%2</source>
        <translation>%1 s=%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, short factors</source>
        <translation>%1，短因子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, long factors</source>
        <translation>%1，长因子</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+229"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1, ×%2 (af²)</source>
        <translation>%1，×%2（注意力因子²）</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::DecayView</name>
    <message>
        <location filename="../../ui/charts/decayview.cpp" line="+65"/>
        <source>Overlay bases</source>
        <translation>叠加不同基数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope</source>
        <translation>包络</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+93"/>
        <source>up to %1 tokens</source>
        <translation>最多 %1 个 token</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Largest relative distance computed.</source>
        <translation>计算的最大相对距离。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also draw plain RoPE at bases 1, 100, 500 and 10000.</source>
        <translation>同时绘制基数为 1、100、500 和 10000 的原始 RoPE。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw each curve&apos;s largest |score| over a window around every distance (bold) over its value at every distance (faint). Available when a curve has more distances than the plot has pixels.</source>
        <translation>在每条曲线逐个距离的取值（淡色）之上，绘制各距离附近窗口内的最大 |score|（粗线）。仅当曲线的距离点数多于图中的像素数时可用。</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>self score = mean cos((m−n)θᵢ) (dimensionless)</source>
        <translation>自身分数 = cos((m−n)θᵢ) 的均值（无量纲）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bound on |score|/(d/2), units of max |hⱼ₊₁−hⱼ|</source>
        <translation>|score|/(d/2) 的上界，单位为 max |hⱼ₊₁−hⱼ|</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Self score (q = k) vs relative distance</source>
        <translation>自身分数（q = k）随相对距离的变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>|score|</source>
        <translation>|score|</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>RoFormer long-term decay bound vs relative distance</source>
        <translation>RoFormer 远程衰减上界随相对距离的变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bound</source>
        <translation>上界</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One random q/k draw (correlation 0.9) vs relative distance</source>
        <translation>一次随机抽取的 q/k（相关系数 0.9）的分数随相对距离的变化</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>lines: largest %1 between distance ÷ %2 and × %2; faint: the value at %3 log-spaced distances</source>
        <translation>实线：距离 ÷ %2 到 × %2 范围内 %1 的最大值；淡色：%3 个对数间隔距离处的值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lines: largest %1 within ±%2 tokens; faint: the value at every distance</source>
        <translation>实线：±%2 个 token 范围内 %1 的最大值；淡色：每个距离处的值</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>relative distance m − n (tokens)</source>
        <translation>相对距离 m − n（token）</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score vs distance</source>
        <translation>分数与距离</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>rotated q·k, not ÷√d (q, k entries ~ N(0, 1))</source>
        <translation>旋转后的 q·k，未除以 √d（q、k 各分量 ~ N(0, 1)）</translation>
    </message>
    <message>
        <location line="+116"/>
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
    <name>ropelab::ui::ExplainPanel</name>
    <message>
        <location filename="../../ui/widgets/explainpanel.cpp" line="+140"/>
        <source>What am I looking at?</source>
        <translation>这张图在展示什么？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide a short explanation of this view: what it plots, how to read it and the formula behind it.</source>
        <translation>显示或隐藏此视图的简短说明：绘制了什么、如何解读，以及背后的公式。</translation>
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
        <location filename="../../ui/exporter.cpp" line="+35"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Cannot export to %1: unknown file type &apos;%2&apos; (use .png, .svg or .csv).</source>
        <translation>无法导出到 %1：未知文件类型 &apos;%2&apos;（请使用 .png、.svg 或 .csv）。</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>RoPE Lab: %1</source>
        <translation>RoPE Lab：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the SVG painter could not start</source>
        <translation>SVG 绘图器无法启动</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No output file given: name one ending in .png, .svg or .csv (e.g. %1).</source>
        <translation>未指定输出文件：请给出以 .png、.svg 或 .csv 结尾的文件名（例如 %1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot export to %1: it is a folder. Give a file name in it, e.g. %2.</source>
        <translation>无法导出到 %1：这是一个文件夹。请指定其中的文件名，例如 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot export to %1: the file name has no type; end it in .png, .svg or .csv.</source>
        <translation>无法导出到 %1：文件名没有类型后缀；请以 .png、.svg 或 .csv 结尾。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export size %1x%2 is too large: each side can be at most %3.</source>
        <translation>导出尺寸 %1x%2 过大：每条边最多为 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export size %1x%2 is too small: each side must be at least %3.</source>
        <translation>导出尺寸 %1x%2 过小：每条边至少为 %3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid export scale %1: it must be between %2 and %3.</source>
        <translation>导出缩放倍数 %1 无效：必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export too large: %1x%2 at scale %3 is %4 million pixels; the limit is %5 million.</source>
        <translation>导出图像过大：%1x%2 在缩放倍数 %3 下为 %4 百万像素；上限为 %5 百万像素。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the folder cannot be created</source>
        <translation>无法创建文件夹</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::HeatmapController</name>
    <message>
        <location filename="../../ui/controllers/heatmapcontroller.cpp" line="+106"/>
        <source>The sweep returned no heatmap.</source>
        <translation>扫描未返回热力图。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::HeatmapPlot</name>
    <message>
        <location filename="../../ui/charts/heatmapplot.cpp" line="+179"/>
        <source>position m (tokens)</source>
        <translation>位置 m（token）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>pair index i</source>
        <translation>维度对下标 i</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>angle m·θᵢ mod 2π (rad)</source>
        <translation>角度 m·θᵢ mod 2π（弧度）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>angle (rad)</source>
        <translation>角度（弧度）</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each column is one position m (%1 to %2); colour: the angle m·θᵢ mod 2π of pair i.</source>
        <translation>每列对应一个位置 m（%1 到 %2）；颜色：维度对 i 的角度 m·θᵢ mod 2π。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2, …, %3</source>
        <translation>%1、%2、…、%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each column: %1 positions (%2; the last one holds the rest); colour: the circular mean of the angle m·θᵢ mod 2π of pair i over them.</source>
        <translation>每列：%1 个位置（%2；最后一列包含剩余位置）；颜色：维度对 i 在这些位置上角度 m·θᵢ mod 2π 的圆周平均。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each column: %1 positions (%2); colour: the circular mean of the angle m·θᵢ mod 2π of pair i over them.</source>
        <translation>每列：%1 个位置（%2）；颜色：维度对 i 在这些位置上角度 m·θᵢ mod 2π 的圆周平均。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each column: a run of positions (%1); colour: the circular mean of the angle m·θᵢ mod 2π of pair i over them.</source>
        <translation>每列：一段连续的位置（%1）；颜色：维度对 i 在这些位置上角度 m·θᵢ mod 2π 的圆周平均。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Hatched: the pair turns ¼ turn or more within one pixel of this picture (%1 data columns per pixel, wavelength 2π/θᵢ ≤ %2 tokens): it wraps too fast to draw at this range and size; choose a shorter range or a wider view to see it.</source>
        <translation>斜线区域：该维度对在此图的一个像素内转过 ¼ 圈或更多（每个像素 %1 列数据，波长 2π/θᵢ ≤ %2 个 token）：在此范围和尺寸下转得太快，无法画出；请选择更短的范围或更宽的视图来查看。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Hatched: the pair turns ¼ turn or more within the column (wavelength ≤ 4 × column width): it wraps too fast to draw at this range.</source>
        <translation>斜线区域：该维度对在一列内转过 ¼ 圈或更多（波长 ≤ 4 × 列宽）：在此范围下转得太快，无法画出。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hatched: the pair turns ¼ turn or more within one column (wavelength 2π/θᵢ ≤ %1 tokens): it wraps too fast to draw at this range; choose a shorter range to see it.</source>
        <translation>斜线区域：该维度对在一列内转过 ¼ 圈或更多（波长 2π/θᵢ ≤ %1 个 token）：在此范围下转得太快，无法画出；请选择更短的范围来查看。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No pair turns ¼ turn within a column (shortest wavelength %1 tokens), so nothing is hatched.</source>
        <translation>没有维度对在一列内转过 ¼ 圈（最短波长 %1 个 token），因此没有斜线区域。</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::HeatmapView</name>
    <message>
        <location filename="../../ui/charts/heatmapview.cpp" line="+44"/>
        <location line="+31"/>
        <source>positions 0 – %1</source>
        <translation>位置 0 – %1</translation>
    </message>
    <message>
        <location line="-29"/>
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
        <location line="+65"/>
        <source>Computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Angle heatmap</source>
        <translation>角度热力图</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Rotation angle mod 2π per position and pair</source>
        <translation>各位置、各维度对的旋转角（模 2π）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation angle mod 2π per position and pair: %1</source>
        <translation>各位置、各维度对的旋转角（模 2π）：%1</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::LessonController</name>
    <message>
        <location filename="../../ui/controllers/lessoncontroller.cpp" line="+26"/>
        <source>lesson %1: %2</source>
        <translation>课程 %1：%2</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::LessonPanel</name>
    <message>
        <location filename="../../ui/widgets/lessonpanel.cpp" line="+18"/>
        <source>◀ &amp;Back</source>
        <translation>◀ 上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next ▶</source>
        <translation>下一步(&amp;N) ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore step</source>
        <translation>恢复本步(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jump to a step.</source>
        <translation>跳转到某一步。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You changed the settings: try it yourself. The text still describes the step&apos;s settings; Restore step puts them back.</source>
        <translation>你修改了设置：自己动手试试。文字仍然描述本步的设置；点“恢复本步”可以恢复。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The lessons could not be loaded</source>
        <translation>无法加载课程</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>共 %n 步</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guided lessons</source>
        <translation>引导课程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;From a rotation in two dimensions to YaRN and real model configs, one step at a time. Each step sets the parameters and the view that shows its point.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Next&lt;/b&gt; to start.&lt;/p&gt;</source>
        <translation>&lt;p&gt;从二维平面里的旋转讲到 YaRN 和真实模型配置，一步一步来。每一步都会设置参数，并切换到能说明问题的视图。&lt;/p&gt;&lt;p&gt;点击&lt;b&gt;下一步&lt;/b&gt;开始。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+95"/>
        <source>The state file&apos;s view options were not applied: %1</source>
        <translation>状态文件中的视图选项未被应用：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rotating pairs</source>
        <translation>旋转维度对</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Read-out</source>
        <translation>读数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open config.json or state...</source>
        <translation>打开 config.json 或状态(&amp;O)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save state...</source>
        <translation>保存状态(&amp;S)...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export current view...</source>
        <translation>导出当前视图(&amp;E)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;all views...</source>
        <translation>导出全部视图(&amp;A)...</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+12"/>
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
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About RoPE Lab</source>
        <translation>关于 RoPE Lab(&amp;A)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+8"/>
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
        <location line="+9"/>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>The saved view options were not restored: %1</source>
        <translation>已保存的视图选项未能恢复：%1</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export all views to</source>
        <translation>导出全部视图到</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+19"/>
        <source>Export all views</source>
        <translation>导出全部视图</translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>%n file(s) of this export already exist in %1.</source>
        <translation>
            <numerusform>%1 中已存在本次导出的 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace them, or keep them and give the new files numbered names?</source>
        <translation>要替换这些文件，还是保留它们并为新文件使用带编号的名称？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both</source>
        <translation>保留两者</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
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
        <location filename="../../ui/widgets/parameterspanel.cpp" line="+74"/>
        <source>Base (rope_theta)</source>
        <translation>基数 (rope_theta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The RoPE base: pair i turns by base^(-2i/d) radians per position.</source>
        <translation>RoPE 基数：第 i 对每个位置转过 base^(-2i/d) 弧度。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Head dim</source>
        <translation>头维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attention head dimension; the rotary dim is head_dim times the partial rotary factor.</source>
        <translation>注意力头的维度；旋转维度为 head_dim 乘以部分旋转系数。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Partial rotary factor</source>
        <translation>部分旋转系数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fraction of each head&apos;s dimensions that is rotated (1 = all).</source>
        <translation>每个头中参与旋转的维度比例（1 = 全部）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Factor s</source>
        <translation>缩放因子 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The context extension factor s: the new context is about s times the original one.</source>
        <translation>上下文扩展因子 s：新的上下文长度约为原来的 s 倍。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Original context L</source>
        <translation>原始上下文 L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>original_max_position_embeddings: the context length the model was trained with.</source>
        <translation>original_max_position_embeddings：模型训练时的上下文长度。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Max positions</source>
        <translation>最大位置数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max_position_embeddings: the context length the config declares (dynamic NTK, LongRoPE, MiniMind).</source>
        <translation>max_position_embeddings：配置声明的上下文长度（动态 NTK、LongRoPE、MiniMind）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>beta_fast</source>
        <translation>beta_fast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs that turn more than beta_fast times over L are kept unscaled (0 means HF&apos;s default 32).</source>
        <translation>在 L 内转动超过 beta_fast 圈的维度对保持不缩放（0 表示 HF 默认值 32）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>beta_slow</source>
        <translation>beta_slow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs that turn fewer than beta_slow times over L are fully interpolated (0 means HF&apos;s default 1).</source>
        <translation>在 L 内转动少于 beta_slow 圈的维度对完全插值（0 表示 HF 默认值 1）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attention factor</source>
        <translation>注意力因子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An explicit attention_factor multiplying cos and sin; auto uses the method&apos;s own formula.</source>
        <translation>显式指定的 attention_factor，乘在 cos 和 sin 上；“自动”表示使用该方法自己的公式。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>mscale</source>
        <translation>mscale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DeepSeek-style mscale: with mscale_all_dim the attention factor is their get_mscale ratio.</source>
        <translation>DeepSeek 风格的 mscale：与 mscale_all_dim 同时设置时，注意力因子为两者 get_mscale 之比。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>unset</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>mscale_all_dim</source>
        <translation>mscale_all_dim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DeepSeek-style mscale_all_dim: also sets the softmax-scale multiplier get_mscale(s, m)^2.</source>
        <translation>DeepSeek 风格的 mscale_all_dim：同时决定 softmax 缩放乘数 get_mscale(s, m)^2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Low freq factor</source>
        <translation>低频因子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Llama 3: wavelengths above L / low_freq_factor are divided by s.</source>
        <translation>Llama 3：波长大于 L / low_freq_factor 的维度对除以 s。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>High freq factor</source>
        <translation>高频因子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Llama 3: wavelengths below L / high_freq_factor are kept unscaled.</source>
        <translation>Llama 3：波长小于 L / high_freq_factor 的维度对保持不缩放。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sequence length</source>
        <translation>序列长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current sequence length (dynamic NTK rescales beyond it; LongRoPE switches to long factors).</source>
        <translation>当前序列长度（动态 NTK 超过它时重新缩放；LongRoPE 切换到长因子）。</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+3"/>
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
        <location line="+4"/>
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
        <location line="+8"/>
        <source>&amp;Preset</source>
        <translation>预设(&amp;P)</translation>
    </message>
    <message>
        <location line="+82"/>
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
        <location line="+76"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 changes nothing at the previous values, so it starts from %2. Edit &gt; Undo goes back.</source>
        <translation>%1 在原参数下没有任何变化，因此从 %2 开始。用“编辑 &gt; 撤销”可以回到原来的值。</translation>
    </message>
    <message>
        <location line="+63"/>
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
        <location filename="../../ui/controllers/paramscontroller.cpp" line="+27"/>
        <source>%1 (edited)</source>
        <translation>%1（已修改）</translation>
    </message>
    <message>
        <location line="+46"/>
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
        <location filename="../../ui/widgets/readoutwidget.cpp" line="+46"/>
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
        <location line="+13"/>
        <source>Correction range</source>
        <translation>校正范围</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Attention factor (cos, sin)</source>
        <translation>注意力因子（cos、sin）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiplies cos and sin, so the rotary q.k logits scale by its square; for YaRN it is 0.1 ln s + 1 unless set explicitly (DeepSeek&apos;s config makes it 1).</source>
        <translation>乘在 cos 和 sin 上，因此旋转部分的 q·k logit 按其平方缩放；YaRN 中除非显式设置，否则为 0.1 ln s + 1（DeepSeek 的配置使其为 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Softmax scale ×</source>
        <translation>softmax 缩放 ×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DeepSeek style get_mscale(s, mscale_all_dim)^2 multiplying the softmax scale (the whole q.k, non-rotary dims included); 1 for other methods.</source>
        <translation>DeepSeek 风格：softmax 缩放乘以 get_mscale(s, mscale_all_dim)^2（作用于整个 q·k，包括非旋转维度）；其他方法为 1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logit multiplier 1/t</source>
        <translation>logit 乘数 1/t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The total temperature: attention factor^2 x softmax-scale multiplier, how much the q.k logits are scaled.</source>
        <translation>总的注意力温度：注意力因子^2 × softmax 缩放乘数，即 q·k logit 的缩放倍数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature applied</source>
        <translation>温度作用位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the method puts 1/t: into cos and sin (attention factor) or into the softmax scale (DeepSeek), or both.</source>
        <translation>该方法把 1/t 放在哪里：乘到 cos 和 sin 上（注意力因子）、乘到 softmax 缩放上（DeepSeek），或两者兼有。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YaRN pair indices [low, high] of the ramp: with low &lt; high, pairs up to low are kept (ramp 0) and pairs from high on divided by s (ramp 1).</source>
        <translation>YaRN 斜坡函数（ramp）的维度对下标 [low, high]：当 low &lt; high 时，low 及之前的维度对保持不变（斜坡系数 0），high 及之后的维度对除以 s（斜坡系数 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairs per band</source>
        <translation>各频段的维度对数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest wavelength</source>
        <translation>最长波长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wavelength 2 pi / inv_freq of the slowest pair, against the original context L.</source>
        <translation>最慢维度对的波长 2π / inv_freq，与原始上下文 L 相比。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 (%2 pairs)</source>
        <translation>%1（%2 对）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>n/a for this method</source>
        <translation>此方法不适用</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 pairs</source>
        <translation>%1：%2 对</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 positions = %2 × L</source>
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
        <location filename="../../ui/widgets/rotationview.cpp" line="+73"/>
        <source>Rotating pairs</source>
        <translation>旋转维度对</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>÷k under a dial: frequency divided by k (×1 = unchanged)</source>
        <translation>表盘下的 ÷k：频率除以 k（×1 = 不变）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hand angle = m × inv_freq[i] (counter-clockwise from 3 o&apos;clock)</source>
        <translation>指针角度 = m × inv_freq[i]（从 3 点钟方向逆时针）</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>%1, d = %2, base %3</source>
        <translation>%1，d = %2，基数 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, s = %1</source>
        <translation>，s = %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rotating pairs at position m = %1 | %2</source>
        <translation>位置 m = %1 处的旋转维度对 | %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No frequencies to show.</source>
        <translation>没有可显示的频率。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No frequencies to show: %1</source>
        <translation>没有可显示的频率：%1</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>ghost hand: unscaled angle</source>
        <translation>虚影指针：未缩放的角度</translation>
    </message>
    <message>
        <location line="+178"/>
        <source> (effective %1)</source>
        <translation>（有效基数 %1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, short factors</source>
        <translation>，短因子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, long factors</source>
        <translation>，长因子</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>pair i = %1 (%2)</source>
        <translation>维度对 i = %1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inv_freq = %1 rad/position</source>
        <translation>inv_freq = %1 弧度/位置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unscaled inv_freq = %1 rad/position</source>
        <translation>未缩放 inv_freq = %1 弧度/位置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ratio scaled / unscaled = %1 (%2)</source>
        <translation>比值（缩放后 / 未缩放）= %1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wavelength = %1 positions</source>
        <translation>波长 = %1 个位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>r = L / wavelength = %1 rotations</source>
        <translation>r = L / 波长 = %1 圈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ramp = %1</source>
        <translation>斜坡系数 = %1</translation>
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
        <location filename="../../ui/controllers/sessioncontroller.cpp" line="+36"/>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open %1: the file is larger than %2 MB</source>
        <translation>无法打开 %1：文件大于 %2 MB</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location filename="../../ui/controllers/temperaturecontroller.cpp" line="+201"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::TemperatureView</name>
    <message>
        <location filename="../../ui/charts/temperatureview.cpp" line="+27"/>
        <source>YaRN: 0.1 ln s + 1</source>
        <translation>YaRN：0.1 ln s + 1</translation>
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
        <location line="+2"/>
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
        <location line="+4"/>
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
        <location line="+18"/>
        <source>Temperature</source>
        <translation>注意力温度</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Temperature vs scale factor (logits × %1)</source>
        <translation>温度与缩放因子（logits × %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature vs scale factor</source>
        <translation>温度与缩放因子</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>YaRN at s = %1: %2</source>
        <translation>YaRN 在 s = %1 处：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Softmax of a score row (%1 keys)</source>
        <translation>一行分数的 softmax（%1 个键）</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1: %2 (in the softmax scale)</source>
        <translation>%1：%2（作用于 softmax 缩放）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>attention weight</source>
        <translation>注意力权重</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plain: H = %1</source>
        <translation>原始：H = %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>logits × %1: H = %2</source>
        <translation>logits × %1：H = %2</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>scale factor s (dimensionless)</source>
        <translation>缩放因子 s（无量纲）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1/√t (dimensionless)</source>
        <translation>1/√t（无量纲）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>key distance Δ (tokens)</source>
        <translation>键距离 Δ（token）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>logits × 1: the same row</source>
        <translation>logits × 1：与原始行相同</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attention entropy vs context length</source>
        <translation>注意力熵随上下文长度的变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context length (tokens)</source>
        <translation>上下文长度（token）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entropy (nats)</source>
        <translation>熵（nat）</translation>
    </message>
</context>
<context>
    <name>ropelab::ui::theme</name>
    <message>
        <location filename="../../ui/theme.cpp" line="-60"/>
        <source>nowhere (1/t = 1)</source>
        <translation>无（1/t = 1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on cos and sin (attention factor)</source>
        <translation>作用于 cos 和 sin（注意力因子）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the softmax scale (cos, sin unscaled)</source>
        <translation>作用于 softmax 缩放（cos、sin 不缩放）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on cos and sin and in the softmax scale</source>
        <translation>同时作用于 cos、sin 和 softmax 缩放</translation>
    </message>
</context>
</TS>
