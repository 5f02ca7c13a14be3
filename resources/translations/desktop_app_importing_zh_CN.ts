<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="31"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="32"/>
        <source>No./marker</source>
        <translation>编号/标记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="33"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="34"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="35"/>
        <source>Deadline kind</source>
        <translation>时限类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="36"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="37"/>
        <source>Co-operating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="38"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="39"/>
        <source>Notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="48"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="49"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="50"/>
        <source>Recurring</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="51"/>
        <source>Ongoing</source>
        <translation>长期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="52"/>
        <source>To confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="55"/>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="56"/>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="57"/>
        <source>quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="58"/>
        <source>yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="83"/>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="85"/>
        <source>From the text: {0}</source>
        <translation>依据原文：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="87"/>
        <source>date to be set</source>
        <translation>日期待定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="88"/>
        <source>Milestone: {0} ({1})</source>
        <translation>时间节点：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="183"/>
        <source>Kept as a grouping heading (not a task itself; the tasks below it are imported)</source>
        <translation>作为分组标题保留（本身不是任务，下级任务会导入）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="189"/>
        <source>The deadline is unclear: check it and fill it in (a date, a recurrence or “ongoing”).</source>
        <translation>完成时限不明确，请核对后填写（如“6月底前”“每月”“长期坚持”）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="221"/>
        <source>{0} ({1} to {2})</source>
        <translation>{0}（{1} 至 {2}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="207"/>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="222"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="464"/>
        <source>Import a work plan</source>
        <translation>导入工作要点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="466"/>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="467"/>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="468"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="469"/>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="485"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="485"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="219"/>
        <source>Check the tasks</source>
        <translation>核对任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="220"/>
        <source>Tick the tasks to import; levels, titles and deadlines can be corrected (yellow: to confirm).</source>
        <translation>勾选要导入的任务；可调整层级、修改标题和完成时限（黄色为待确认）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="224"/>
        <source>Not set</source>
        <translation>未定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="240"/>
        <source>Promote (Ctrl+←)</source>
        <translation>升级 (Ctrl+←)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="241"/>
        <source>Demote (Ctrl+→)</source>
        <translation>降级 (Ctrl+→)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="242"/>
        <source>Tick all</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="243"/>
        <source>Untick all</source>
        <translation>全部不选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="244"/>
        <source>Expand all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="253"/>
        <source>Unit in the text</source>
        <translation>文中的单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="253"/>
        <source>Times</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="253"/>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="258"/>
        <source>Departments (units not in the directory or written differently)</source>
        <translation>科室对应（目录中没有或写法不同的单位）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="262"/>
        <source>Plan title:</source>
        <translation>计划标题：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="264"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="341"/>
        <source>{0} items, {1} ticked</source>
        <translation>共 {0} 项，勾选 {1} 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="343"/>
        <source>, {0} deadlines to confirm</source>
        <translation>，完成时限待确认 {0} 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="360"/>
        <source>Add as new department “{0}”</source>
        <translation>添加为新科室“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="366"/>
        <source>Match to “{0}”</source>
        <translation>对应到“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="367"/>
        <source>Leave unassigned</source>
        <translation>不指定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="444"/>
        <source>The plan year is not set: deadlines such as “by the end of March” cannot become dates and must be filled in one by one after the import.
Better choose the year at the top right first. Import anyway?</source>
        <translation>计划年度未定，“3月底前”这类完成时限无法换算成日期，导入后需逐项补填。
建议先在右上角选择年度。仍然导入吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="452"/>
        <source>The register already has a plan named “{0}” ({1} tasks). Import another copy?</source>
        <translation>台账中已有同名计划“{0}”（{1} 项任务）。仍要再导入一份吗？</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="70"/>
        <source>Work plans (*.docx *.txt *.md *.xlsx *.csv);;All files (*)</source>
        <translation>工作要点 (*.docx *.txt *.md *.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="94"/>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="143"/>
        <source>Choose the work plan</source>
        <translation>选择工作要点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="95"/>
        <source>Word documents (.docx), text files (.txt/.md) and task breakdown tables (.xlsx/.csv), or paste the text.</source>
        <translation>支持 Word 文档（.docx）、文本文件（.txt/.md）、任务分解表（.xlsx/.csv），也可直接粘贴文字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="97"/>
        <source>From a file</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="98"/>
        <source>Paste the text</source>
        <translation>粘贴文字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="101"/>
        <source>Choose or drop a file…</source>
        <translation>选择或拖入文件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="102"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="105"/>
        <source>Paste the work plan&apos;s text here (copied from a web page or a PDF will do)…</source>
        <translation>把工作要点的正文粘贴到这里（网页、PDF 中复制的文字均可）…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="106"/>
        <source>Paste from the clipboard</source>
        <translation>从剪贴板粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="111"/>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="115"/>
        <source>e.g. the county education bureau (optional: taken from the title)</source>
        <translation>如：某某县教育局（可不填，自动取自标题）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="117"/>
        <source>Traditional to simplified</source>
        <translation>繁体转简体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="118"/>
        <source>Tick when the text is in traditional characters: they are converted to simplified on import.</source>
        <translation>原文是繁体字时勾选，导入时统一转换为简体。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="125"/>
        <source>Plan year:</source>
        <translation>计划年度：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="126"/>
        <source>Organisation:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="153"/>
        <source>The clipboard holds no text. Copy the work plan&apos;s text from a web page, PDF or document first.</source>
        <translation>剪贴板中没有文字。请先在网页、PDF 或文档中复制工作要点的正文。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="175"/>
        <source>Choose the file to import, or paste the text instead.</source>
        <translation>请选择要导入的文件，或改为粘贴文字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="187"/>
        <source>Paste the work plan&apos;s text first.</source>
        <translation>请先粘贴工作要点的文字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="197"/>
        <source>Reading the work plan…</source>
        <translation>正在读取工作要点…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="204"/>
        <source>Could not read it: {0}</source>
        <translation>读取失败：{0}</translation>
    </message>
</context>
</TS>
