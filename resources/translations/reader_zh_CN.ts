<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReaderWindow</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="80" />
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="102" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="104" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="107" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="110" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="112" />
        <source>&amp;Actual Size</source>
        <translation>默认大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="115" />
        <source>Show &amp;Outline</source>
        <translation>显示目录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="120" />
        <source>Open &amp;Sample Report</source>
        <translation>打开示例报告(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="122" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="135" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="137" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="142" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="147" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="153" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="189" />
        <source>%1 characters</source>
        <translation>全文 %1 字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="201" />
        <source>Cannot open report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="221" />
        <source>Paragraph %1 of %2 · %3%</source>
        <translation>第 %1 / %2 段 · %3%</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="231" />
        <source>Open Report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="232" />
        <source>Reports (%1);;All files (*)</source>
        <translation>报告文件 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="251" />
        <source>About Report Reader</source>
        <translation>关于报告阅读器</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="252" />
        <source>Report Reader: read, navigate and annotate Chinese government work reports.</source>
        <translation>报告阅读器：阅读、导航和批注政府工作报告。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="258" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="259" />
        <source>The interface language will change the next time the application starts.</source>
        <translation>界面语言将在下次启动程序时切换。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="318" />
        <source>Report Reader</source>
        <translation>报告阅读器</translation>
    </message>
</context>
</TS>