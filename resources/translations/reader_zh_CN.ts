<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnotationActions</name>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="67"/>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="71"/>
        <source>Highlight %1</source>
        <translation>%1高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="75"/>
        <source>Add &amp;Note…</source>
        <translation>添加批注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="77"/>
        <source>Add &amp;Tags…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="79"/>
        <location filename="../../reader/ui/annotation_actions.py" line="345"/>
        <source>&amp;Delete Highlight</source>
        <translation>删除高亮(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="81"/>
        <location filename="../../reader/ui/annotation_actions.py" line="273"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="83"/>
        <location filename="../../reader/ui/annotation_actions.py" line="275"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="86"/>
        <source>&amp;Annotations Panel</source>
        <translation>批注面板(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="94"/>
        <source>&amp;Annotate</source>
        <translation>批注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="176"/>
        <source>Select a passage to highlight first.</source>
        <translation>请先选择要高亮的文字。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="213"/>
        <source>Select a passage to annotate first.</source>
        <translation>请先选择要批注的文字。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="249"/>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="250"/>
        <source>The annotation database could not be used; your change was not saved.</source>
        <translation>无法使用批注数据库，本次修改未保存。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="272"/>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="274"/>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="327"/>
        <source>Select the passage in the text first.</source>
        <translation>请先在正文中选择文字。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="336"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="343"/>
        <source>Edit Note…</source>
        <translation>编辑批注…</translation>
    </message>
</context>
<context>
    <name>AnnotationColours</name>
    <message>
        <location filename="../../reader/ui/annotation_colours.py" line="39"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_colours.py" line="40"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_colours.py" line="41"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_colours.py" line="42"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_colours.py" line="43"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
</context>
<context>
    <name>AnnotationCoordinator</name>
    <message>
        <location filename="../../reader/ui/annotation_coordinator.py" line="79"/>
        <source>Add highlight</source>
        <translation>添加高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_coordinator.py" line="96"/>
        <source>Change colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_coordinator.py" line="96"/>
        <source>Edit note</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_coordinator.py" line="103"/>
        <source>Delete annotations</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_coordinator.py" line="113"/>
        <source>Re-attach annotation</source>
        <translation>重新定位批注</translation>
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <location filename="../../reader/ui/models/annotation_model.py" line="37"/>
        <source>Not found in this text</source>
        <translation>在本文中找不到</translation>
    </message>
    <message>
        <location filename="../../reader/ui/models/annotation_model.py" line="115"/>
        <source>Before the first heading</source>
        <translation>首个标题之前</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="67"/>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="71"/>
        <location filename="../../reader/ui/annotation_panel.py" line="196"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="73"/>
        <source>Filter notes and passages…</source>
        <translation>筛选批注和原文…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="99"/>
        <source>Note…</source>
        <translation>批注…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="102"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="111"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="113"/>
        <source>Attach to Selection</source>
        <translation>定位到所选文字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="115"/>
        <source>Select the passage in the text, then attach the chosen annotation to it</source>
        <translation>先在正文中选择文字，再把选中的批注定位到这里</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="218"/>
        <source>Annotations: %1</source>
        <translation>共 %1 条批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="220"/>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2 条</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <location filename="../../reader/ui/comparison_chart.py" line="81"/>
        <source>Bars are compared within one unit; a range is drawn at its midpoint.</source>
        <translation>柱形只在同一单位内比较；区间按中间值绘制。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/comparison_chart.py" line="90"/>
        <source>No result and target share a unit.</source>
        <translation>没有单位相同的实际与目标可比较。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/comparison_chart.py" line="94"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/comparison_chart.py" line="143"/>
        <source>Result</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../reader/ui/comparison_chart.py" line="144"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../reader/ui/comparison_view.py" line="56"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/comparison_view.py" line="56"/>
        <source>Result</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../reader/ui/comparison_view.py" line="56"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/comparison_view.py" line="62"/>
        <source>Each target beside the closest result in the same unit; double-click to show it.</source>
        <translation>每个目标与单位相同、名称最相近的实际完成值并列；双击可在正文中查看。</translation>
    </message>
</context>
<context>
    <name>ExportNotesDialog</name>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="65"/>
        <location filename="../../reader/ui/export_notes_dialog.py" line="133"/>
        <location filename="../../reader/ui/export_notes_dialog.py" line="297"/>
        <source>Export Notes</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="134"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="143"/>
        <source>Markdown (.md)</source>
        <translation>Markdown（.md）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="144"/>
        <source>Web page (.html)</source>
        <translation>网页（.html）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="145"/>
        <source>Word document (.docx)</source>
        <translation>Word 文档（.docx）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="146"/>
        <source>CSV spreadsheet (.csv)</source>
        <translation>CSV 表格（.csv）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="147"/>
        <source>W3C Web Annotation JSON (.json)</source>
        <translation>W3C Web Annotation JSON（.json）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="149"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="150"/>
        <source>Notes:</source>
        <translation>批注：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="151"/>
        <source>Colours:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="153"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="154"/>
        <source>List the indicators inside each quoted passage</source>
        <translation>列出每段摘录中的指标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="158"/>
        <source>The report&apos;s indicators have not been found yet.</source>
        <translation>尚未找到本报告的指标。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="160"/>
        <source>Save &amp;to:</source>
        <translation>保存到(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="167"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="182"/>
        <source>All annotations (%1)</source>
        <translation>全部批注（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="185"/>
        <source>Shown in the panel (%1)</source>
        <translation>批注面板中显示的（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="226"/>
        <source>(no tag)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="244"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="281"/>
        <source>%1 notes will be exported; the preview shows the first %2.</source>
        <translation>将导出 %1 条批注；预览显示前 %2 条。</translation>
    </message>
</context>
<context>
    <name>IndicatorExporter</name>
    <message>
        <location filename="../../reader/ui/indicator_exporter.py" line="72"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_exporter.py" line="73"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_exporter.py" line="75"/>
        <source>Export Indicators</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_exporter.py" line="94"/>
        <source>Cannot export indicators</source>
        <translation>无法导出指标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_exporter.py" line="95"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <location filename="../../reader/ui/indicator_table.py" line="76"/>
        <location filename="../../reader/ui/indicator_table.py" line="134"/>
        <source>All sections</source>
        <translation>全部章节</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_table.py" line="123"/>
        <source>Filter by name, text or section</source>
        <translation>按名称、原文或章节筛选</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_table.py" line="128"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_table.py" line="129"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_table.py" line="130"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_table.py" line="192"/>
        <source>%1 indicators</source>
        <translation>共 %1 项指标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_table.py" line="194"/>
        <source>%1 of %2 indicators</source>
        <translation>显示 %1 / %2 项指标</translation>
    </message>
</context>
<context>
    <name>IndicatorText</name>
    <message>
        <location filename="../../reader/ui/indicator_format.py" line="77"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_format.py" line="78"/>
        <source>Qualitative target</source>
        <translation>定性目标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_format.py" line="78"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_format.py" line="83"/>
        <source>↑ increase</source>
        <translation>↑ 增长</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_format.py" line="85"/>
        <source>↓ decrease</source>
        <translation>↓ 下降</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_format.py" line="90"/>
        <location filename="../../reader/ui/indicator_format.py" line="100"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_format.py" line="90"/>
        <location filename="../../reader/ui/indicator_format.py" line="101"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_format.py" line="90"/>
        <location filename="../../reader/ui/indicator_format.py" line="102"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_format.py" line="90"/>
        <location filename="../../reader/ui/indicator_format.py" line="103"/>
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_format.py" line="91"/>
        <location filename="../../reader/ui/indicator_format.py" line="104"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_format.py" line="91"/>
        <location filename="../../reader/ui/indicator_format.py" line="105"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_format.py" line="91"/>
        <location filename="../../reader/ui/indicator_format.py" line="106"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../reader/ui/indicator_format.py" line="109"/>
        <source>Statement</source>
        <translation>表述</translation>
    </message>
</context>
<context>
    <name>MetricsCoordinator</name>
    <message>
        <location filename="../../reader/ui/metrics_coordinator.py" line="85"/>
        <source>indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/metrics_coordinator.py" line="91"/>
        <source>Exported %1 indicators to %2</source>
        <translation>已导出 %1 项指标到 %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/metrics_coordinator.py" line="131"/>
        <source>Found %1 indicators</source>
        <translation>找到 %1 项指标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/metrics_coordinator.py" line="148"/>
        <source>Indicators unavailable</source>
        <translation>指标暂不可用</translation>
    </message>
    <message>
        <location filename="../../reader/ui/metrics_coordinator.py" line="150"/>
        <source>Could not find indicators: %1</source>
        <translation>无法提取指标：%1</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <location filename="../../reader/ui/metrics_panel.py" line="55"/>
        <location filename="../../reader/ui/metrics_panel.py" line="99"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/metrics_panel.py" line="56"/>
        <location filename="../../reader/ui/metrics_panel.py" line="100"/>
        <source>Results vs Targets</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../reader/ui/metrics_panel.py" line="66"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/metrics_panel.py" line="68"/>
        <source>Save the indicators as CSV or JSON</source>
        <translation>将指标保存为 CSV 或 JSON 文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/metrics_panel.py" line="73"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../reader/ui/metrics_panel.py" line="73"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/metrics_panel.py" line="74"/>
        <source>Qualitative target</source>
        <translation>定性目标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/metrics_panel.py" line="75"/>
        <source>How indicators are highlighted in the text</source>
        <translation>正文中指标的高亮方式</translation>
    </message>
    <message>
        <location filename="../../reader/ui/metrics_panel.py" line="101"/>
        <source>Finding indicators…</source>
        <translation>正在提取指标…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/metrics_panel.py" line="108"/>
        <source>Indicators (%1)</source>
        <translation>指标 (%1)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/metrics_panel.py" line="114"/>
        <source>Comparing results with targets…</source>
        <translation>正在对比实际与目标…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/metrics_panel.py" line="121"/>
        <source>Results vs Targets (%1)</source>
        <translation>对比 (%1)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/metrics_panel.py" line="139"/>
        <source>Main targets</source>
        <translation>主要目标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/metrics_panel.py" line="144"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/metrics_panel.py" line="144"/>
        <source>Last year&apos;s result</source>
        <translation>去年实际</translation>
    </message>
    <message>
        <location filename="../../reader/ui/metrics_panel.py" line="144"/>
        <source>This year&apos;s target</source>
        <translation>今年目标</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../reader/ui/note_editor.py" line="42"/>
        <source>Note</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/note_editor.py" line="48"/>
        <source>Passage:</source>
        <translation>原文：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/note_editor.py" line="50"/>
        <source>Your note (Markdown allowed)</source>
        <translation>写下批注（可用 Markdown）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/note_editor.py" line="51"/>
        <source>Note:</source>
        <translation>批注：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/note_editor.py" line="53"/>
        <source>Tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../reader/ui/note_editor.py" line="57"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
</context>
<context>
    <name>NotesActions</name>
    <message>
        <location filename="../../reader/ui/notes_actions.py" line="112"/>
        <source>Import Notes</source>
        <translation>导入批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_actions.py" line="113"/>
        <source>Web Annotation JSON (*.json *.jsonld);;All files (*)</source>
        <translation>Web Annotation JSON 批注 (*.json *.jsonld);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_actions.py" line="123"/>
        <location filename="../../reader/ui/notes_actions.py" line="127"/>
        <source>Cannot import notes</source>
        <translation>无法导入批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_actions.py" line="128"/>
        <source>The annotation database could not be written; nothing was imported.</source>
        <translation>无法写入批注数据库，没有导入任何批注。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_actions.py" line="130"/>
        <source>Notes imported</source>
        <translation>已导入批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_actions.py" line="161"/>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_actions.py" line="162"/>
        <source>The annotation database could not be opened.</source>
        <translation>无法打开批注数据库。</translation>
    </message>
</context>
<context>
    <name>NotesExportRunner</name>
    <message>
        <location filename="../../reader/ui/notes_export_runner.py" line="29"/>
        <source>Exporting notes…</source>
        <translation>正在导出批注…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export_runner.py" line="29"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export_runner.py" line="31"/>
        <source>Export Notes</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export_runner.py" line="48"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/notes_export_runner.py" line="49"/>
        <source>Cannot export notes</source>
        <translation>无法导出批注</translation>
    </message>
</context>
<context>
    <name>ReaderWindow</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="115"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="150"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="153"/>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="207"/>
        <source>%1 characters</source>
        <translation>全文 %1 字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="226"/>
        <source>Cannot open report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="249"/>
        <source>Paragraph %1 of %2 · %3%</source>
        <translation>第 %1 / %2 段 · %3%</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="263"/>
        <source>Open Report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="264"/>
        <source>Reports (%1);;All files (*)</source>
        <translation>报告文件 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="343"/>
        <source>About Report Reader</source>
        <translation>关于报告阅读器</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="344"/>
        <source>Report Reader: read, navigate and annotate Chinese government work reports.</source>
        <translation>报告阅读器：阅读、导航和批注政府工作报告。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="353"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="354"/>
        <source>The interface language will change the next time the application starts.</source>
        <translation>界面语言将在下次启动程序时切换。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="423"/>
        <source>Report Reader</source>
        <translation>报告阅读器</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="29"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="55"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="56"/>
        <source>Open &amp;Sample Report</source>
        <translation>打开示例报告(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="57"/>
        <source>&amp;Export Indicators…</source>
        <translation>导出指标(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="59"/>
        <source>Export &amp;Notes…</source>
        <translation>导出批注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="60"/>
        <source>&amp;Import Notes…</source>
        <translation>导入批注(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="61"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="65"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="67"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="68"/>
        <source>&amp;Actual Size</source>
        <translation>默认大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="69"/>
        <source>Show &amp;Outline</source>
        <translation>显示目录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="70"/>
        <source>Indicator &amp;Panel</source>
        <translation>指标面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="73"/>
        <source>Show or hide the indicator panel (Ctrl+Shift+M)</source>
        <translation>显示或隐藏指标面板（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="74"/>
        <source>&amp;Highlight Indicators</source>
        <translation>高亮显示指标(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="77"/>
        <source>Highlight indicators in the text: blue results, amber targets (Ctrl+Shift+H)</source>
        <translation>在正文中高亮显示指标：蓝色为实际完成，橙色为目标（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="82"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="84"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="93"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="100"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="106"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="111"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="113"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="114"/>
        <source>Highlights</source>
        <translation>高亮指标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="115"/>
        <source>Indicator Panel</source>
        <translation>指标面板</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="116"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
</TS>
