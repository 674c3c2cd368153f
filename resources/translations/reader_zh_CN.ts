<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnotationActions</name>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="68"/>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="72"/>
        <source>Highlight %1</source>
        <translation>%1高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="76"/>
        <source>Add &amp;Note…</source>
        <translation>添加批注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="78"/>
        <source>Add &amp;Tags…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="80"/>
        <location filename="../../reader/ui/annotation_actions.py" line="374"/>
        <source>&amp;Delete Highlight</source>
        <translation>删除高亮(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="82"/>
        <location filename="../../reader/ui/annotation_actions.py" line="302"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="84"/>
        <location filename="../../reader/ui/annotation_actions.py" line="304"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="87"/>
        <source>&amp;Annotations Panel</source>
        <translation>批注面板(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="95"/>
        <source>&amp;Annotate</source>
        <translation>批注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="120"/>
        <source>Annotation Toolbar</source>
        <translation>批注工具栏</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="126"/>
        <source>Note</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="196"/>
        <source>Select a passage to highlight first.</source>
        <translation>请先选择要高亮的文字。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="233"/>
        <source>Select a passage to annotate first.</source>
        <translation>请先选择要批注的文字。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="278"/>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="279"/>
        <source>The annotation database could not be used; your change was not saved.</source>
        <translation>无法使用批注数据库，本次修改未保存。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="301"/>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="303"/>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="356"/>
        <source>Select the passage in the text first.</source>
        <translation>请先在正文中选择文字。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="365"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_actions.py" line="372"/>
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
        <location filename="../../reader/ui/annotation_coordinator.py" line="89"/>
        <source>Add highlight</source>
        <translation>添加高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_coordinator.py" line="106"/>
        <source>Change colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_coordinator.py" line="106"/>
        <source>Edit note</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_coordinator.py" line="113"/>
        <source>Delete annotations</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_coordinator.py" line="123"/>
        <source>Re-attach annotation</source>
        <translation>重新定位批注</translation>
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <location filename="../../reader/ui/models/annotation_model.py" line="48"/>
        <source>Not found in this text</source>
        <translation>在本文中找不到</translation>
    </message>
    <message>
        <location filename="../../reader/ui/models/annotation_model.py" line="202"/>
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
        <location filename="../../reader/ui/annotation_panel.py" line="206"/>
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
        <location filename="../../reader/ui/annotation_panel.py" line="228"/>
        <source>Annotations: %1</source>
        <translation>共 %1 条批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_panel.py" line="230"/>
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
        <location filename="../../reader/ui/export_notes_dialog.py" line="57"/>
        <location filename="../../reader/ui/export_notes_dialog.py" line="125"/>
        <location filename="../../reader/ui/export_notes_dialog.py" line="289"/>
        <source>Export Notes</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="126"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="135"/>
        <source>Markdown (.md)</source>
        <translation>Markdown（.md）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="136"/>
        <source>Web page (.html)</source>
        <translation>网页（.html）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="137"/>
        <source>Word document (.docx)</source>
        <translation>Word 文档（.docx）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="138"/>
        <source>CSV spreadsheet (.csv)</source>
        <translation>CSV 表格（.csv）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="139"/>
        <source>W3C Web Annotation JSON (.json)</source>
        <translation>W3C Web Annotation JSON（.json）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="141"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="142"/>
        <source>Notes:</source>
        <translation>批注：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="143"/>
        <source>Colours:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="145"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="146"/>
        <source>List the indicators inside each quoted passage</source>
        <translation>列出每段摘录中的指标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="150"/>
        <source>The report&apos;s indicators have not been found yet.</source>
        <translation>尚未找到本报告的指标。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="152"/>
        <source>Save &amp;to:</source>
        <translation>保存到(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="159"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="174"/>
        <source>All annotations (%1)</source>
        <translation>全部批注（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="177"/>
        <source>Shown in the panel (%1)</source>
        <translation>批注面板中显示的（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="218"/>
        <source>(no tag)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="236"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_notes_dialog.py" line="273"/>
        <source>%1 notes will be exported; the preview shows the first %2.</source>
        <translation>将导出 %1 条批注；预览显示前 %2 条。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="47"/>
        <source>Find in report</source>
        <translation>在报告中查找</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="52"/>
        <source>Plain text</source>
        <translation>普通文本</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="53"/>
        <source>Whole words</source>
        <translation>整词</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="54"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="55"/>
        <source>Whole words: matches must start and end on word boundaries</source>
        <translation>整词：匹配结果的起止都须在词语边界上（“城市”不会匹配“城市更新”中的“城市”）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="56"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="64"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>上一个匹配（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="65"/>
        <source>Next match (Enter, F3)</source>
        <translation>下一个匹配（Enter、F3）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="66"/>
        <source>All Results</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="67"/>
        <source>List every match with its sentence</source>
        <translation>列出每个匹配及其所在句子</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="69"/>
        <source>Close the find bar (Escape)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="121"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="180"/>
        <source>Find:</source>
        <translation>查找：</translation>
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
    <name>KeywordList</name>
    <message>
        <location filename="../../reader/ui/keywords_panel.py" line="42"/>
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_panel.py" line="42"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
</context>
<context>
    <name>KeywordsController</name>
    <message>
        <location filename="../../reader/ui/keywords_controller.py" line="111"/>
        <source>Finding keywords…</source>
        <translation>正在提取关键词…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_controller.py" line="147"/>
        <source>Keywords unavailable: %1</source>
        <translation>无法提取关键词：%1</translation>
    </message>
</context>
<context>
    <name>KeywordsPanel</name>
    <message>
        <location filename="../../reader/ui/keywords_panel.py" line="93"/>
        <source>Whole report</source>
        <translation>全文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_panel.py" line="94"/>
        <location filename="../../reader/ui/keywords_panel.py" line="122"/>
        <source>Current section</source>
        <translation>当前章节</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_panel.py" line="99"/>
        <source>Click a keyword to find it in the text.</source>
        <translation>点击关键词即可在正文中查找。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_panel.py" line="108"/>
        <location filename="../../reader/ui/keywords_panel.py" line="113"/>
        <source>Finding keywords…</source>
        <translation>正在提取关键词…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_panel.py" line="117"/>
        <source>No keywords</source>
        <translation>没有关键词</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_panel.py" line="122"/>
        <source>Current section: %1</source>
        <translation>当前章节：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_panel.py" line="127"/>
        <source>No keywords in this section</source>
        <translation>本章节没有关键词</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../reader/ui/library_actions.py" line="75"/>
        <source>Indexing reports for search…</source>
        <translation>正在为搜索建立索引…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_actions.py" line="127"/>
        <source>Indexing failed: %1</source>
        <translation>建立索引失败：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_actions.py" line="149"/>
        <source>“%1” has %2 annotations: delete them first, or they would be lost.</source>
        <translation>“%1”还有 %2 条批注：请先删除它们，否则会丢失。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_actions.py" line="150"/>
        <location filename="../../reader/ui/library_actions.py" line="153"/>
        <location filename="../../reader/ui/library_actions.py" line="161"/>
        <source>Remove from Library</source>
        <translation>从资料库移除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_actions.py" line="154"/>
        <source>Remove “%1” from the library? The file itself is not deleted; opening it again adds it back.</source>
        <translation>从资料库中移除“%1”？文件本身不会被删除；再次打开它时会重新加入资料库。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_actions.py" line="219"/>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_actions.py" line="220"/>
        <source>The library database cannot be opened: %1</source>
        <translation>无法打开资料库数据库：%1</translation>
    </message>
</context>
<context>
    <name>LibraryHitModel</name>
    <message>
        <location filename="../../reader/ui/models/library_model.py" line="90"/>
        <source>Note</source>
        <translation>批注</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../reader/ui/models/library_model.py" line="33"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../reader/ui/models/library_model.py" line="33"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../reader/ui/models/library_model.py" line="33"/>
        <source>Characters</source>
        <translation>字数</translation>
    </message>
    <message>
        <location filename="../../reader/ui/models/library_model.py" line="33"/>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/models/library_model.py" line="34"/>
        <source>Last Opened</source>
        <translation>上次打开</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../reader/ui/library_window.py" line="56"/>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_window.py" line="68"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_window.py" line="69"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_window.py" line="77"/>
        <source>Reports: %1</source>
        <translation>共 %1 份报告</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_window.py" line="86"/>
        <source>Best %1 results (%2 ms)</source>
        <translation>最相关的 %1 条结果（%2 毫秒）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_window.py" line="89"/>
        <source>Nothing found for “%1”.</source>
        <translation>没有找到“%1”。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_window.py" line="114"/>
        <source>Filter by title or path</source>
        <translation>按标题或路径筛选</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_window.py" line="134"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_window.py" line="136"/>
        <source>Remove from Library…</source>
        <translation>从资料库移除…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_window.py" line="138"/>
        <source>Forget this report in the library (the file itself is not deleted)</source>
        <translation>从资料库中移除这份报告（文件本身不会被删除）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_window.py" line="155"/>
        <source>Search all reports and notes (e.g. 营商环境)</source>
        <translation>搜索全部报告和批注（例如：营商环境）</translation>
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
        <location filename="../../reader/ui/main_window.py" line="123"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="164"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="167"/>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="170"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="173"/>
        <source>Search Results</source>
        <translation>查找结果</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="227"/>
        <source>%1 characters</source>
        <translation>全文 %1 字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="248"/>
        <source>Cannot open report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="271"/>
        <source>Paragraph %1 of %2 · %3%</source>
        <translation>第 %1 / %2 段 · %3%</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="285"/>
        <source>Open Report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="286"/>
        <source>Reports (%1);;All files (*)</source>
        <translation>报告文件 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="371"/>
        <source>About Report Reader</source>
        <translation>关于报告阅读器</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="372"/>
        <source>Report Reader: read, navigate and annotate Chinese government work reports.</source>
        <translation>报告阅读器：阅读、导航和批注政府工作报告。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="381"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="382"/>
        <source>The interface language will change the next time the application starts.</source>
        <translation>界面语言将在下次启动程序时切换。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="454"/>
        <source>Report Reader</source>
        <translation>报告阅读器</translation>
    </message>
</context>
<context>
    <name>SearchCoordinator</name>
    <message>
        <location filename="../../reader/ui/search_coordinator.py" line="178"/>
        <source>Loading the word list…</source>
        <translation>正在加载词典…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_coordinator.py" line="184"/>
        <source>Invalid regular expression: %1</source>
        <translation>正则表达式无效：%1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="106"/>
        <source>Type in the find bar (Ctrl+F) to list matches here.</source>
        <translation>在查找栏（Ctrl+F）中输入内容，匹配结果会列在这里。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="108"/>
        <source>No matches for “%1”</source>
        <translation>没有找到“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="110"/>
        <source>First %1 of %2 matches for “%3”</source>
        <translation>“%3”共 %2 处匹配，列出前 %1 处</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search_panel.py" line="114"/>
        <source>%1 matches for “%2”</source>
        <translation>“%2”共 %1 处匹配</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="30"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="56"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="57"/>
        <source>Open &amp;Sample Report</source>
        <translation>打开示例报告(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="58"/>
        <source>&amp;Library…</source>
        <translation>资料库(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="59"/>
        <source>Reports you opened: search them all and your notes (Ctrl+L)</source>
        <translation>打开过的报告：在全部报告和批注中搜索（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="60"/>
        <source>&amp;Export Indicators…</source>
        <translation>导出指标(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="62"/>
        <source>Export &amp;Notes…</source>
        <translation>导出批注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="63"/>
        <source>&amp;Import Notes…</source>
        <translation>导入批注(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="64"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="68"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="70"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="71"/>
        <source>&amp;Actual Size</source>
        <translation>默认大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="72"/>
        <source>Show &amp;Outline</source>
        <translation>显示目录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="73"/>
        <source>Indicator &amp;Panel</source>
        <translation>指标面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="76"/>
        <source>Show or hide the indicator panel (Ctrl+Shift+M)</source>
        <translation>显示或隐藏指标面板（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="77"/>
        <source>&amp;Highlight Indicators</source>
        <translation>高亮显示指标(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="80"/>
        <source>Highlight indicators in the text: blue results, amber targets (Ctrl+Shift+H)</source>
        <translation>在正文中高亮显示指标：蓝色为实际完成，橙色为目标（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="84"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="85"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="86"/>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="87"/>
        <source>&amp;Keywords</source>
        <translation>关键词(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="88"/>
        <source>Show or hide the report&apos;s keywords (Ctrl+Shift+K)</source>
        <translation>显示或隐藏报告的关键词（Ctrl+Shift+K）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="96"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="98"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="108"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="111"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="120"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="126"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="131"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="133"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="134"/>
        <source>Highlights</source>
        <translation>高亮指标</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="135"/>
        <source>Indicator Panel</source>
        <translation>指标面板</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window_menus.py" line="136"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
</TS>
