<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExportFormsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="85"/>
        <source>Make the department forms</source>
        <translation>生成填报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="91"/>
        <source>Week:</source>
        <translation>周次：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="94"/>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="95"/>
        <source>Return by:</source>
        <translation>报送截止：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="104"/>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="104"/>
        <source>Select none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="109"/>
        <source>Also list co-operating tasks (for reference; the lead department reports them)</source>
        <translation>同时列出配合的任务（仅供参考，由牵头科室填报）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="111"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="117"/>
        <source>Make</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="118"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="123"/>
        <source>Departments:</source>
        <translation>科室：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="127"/>
        <source>Save to folder:</source>
        <translation>保存到文件夹：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="146"/>
        <source>Folder for the forms</source>
        <translation>保存填报表的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="161"/>
        <source>Choose at least one department.</source>
        <translation>请至少选择一个科室。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="164"/>
        <source>Choose the folder to save the forms in.</source>
        <translation>请选择保存填报表的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="170"/>
        <source>Making the forms…</source>
        <translation>正在生成填报表…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="181"/>
        <source>{0} forms made.</source>
        <translation>已生成 {0} 份填报表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="183"/>
        <source>
No tasks to report, none made: {0}</source>
        <translation>
没有待填报任务、未生成：{0}</translation>
    </message>
</context>
<context>
    <name>ImportFormsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="205"/>
        <source>Import returned forms</source>
        <translation>导入填报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="208"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="210"/>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="212"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="215"/>
        <source>The week on the form</source>
        <translation>按填报表的周次</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="219"/>
        <source>When a department returned several, take the newest</source>
        <translation>同一科室交了多份时，以最新的一份为准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="225"/>
        <source>Import into week:</source>
        <translation>导入周次：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="229"/>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="318"/>
        <source>Add the forms the departments returned (several files or a whole folder at once, or drag them here).</source>
        <translation>请添加各科室交回的填报表（可一次选择多个文件、整个文件夹，或直接拖到这里）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="233"/>
        <source>File / row</source>
        <translation>文件 / 行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="233"/>
        <source>Department / task</source>
        <translation>科室 / 任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="233"/>
        <source>Changes and problems</source>
        <translation>变更与问题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="238"/>
        <source>Red is an error: a file with errors is not imported at all; the department corrects it and sends it again. Untick a file to leave it out this time. Yellow is a conflict: ticked takes the form&apos;s text, unticked keeps the register&apos;s.</source>
        <translation>红色为错误：有错误的文件整份不导入，请科室改正后重新报送。取消勾选文件则本次不导入该文件。黄色底纹为冲突：勾选则采用表中内容，不勾选则保留台账中的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="243"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="244"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="258"/>
        <source>Choose returned forms</source>
        <translation>选择填报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="259"/>
        <source>Returned forms (*.xlsx *.xlsm);;All files (*)</source>
        <translation>填报表 (*.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="266"/>
        <source>Choose the folder holding the forms</source>
        <translation>选择存放填报表的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="285"/>
        <source>Reading the forms…</source>
        <translation>正在读取填报表…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="332"/>
        <source>(could not tell)</source>
        <translation>（未能确定）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="333"/>
        <source>Import into week: {0}. {1} files: {2} to import, {3} refused, the rest left out.</source>
        <translation>导入周次：{0}。共 {1} 个文件：将导入 {2} 个，拒绝 {3} 个，其余不导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="336"/>
        <source>
Not yet returned ({0} departments): {1}</source>
        <translation>
尚未收到（{0} 个科室）：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="358"/>
        <source>Row {0}</source>
        <translation>第{0}行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="358"/>
        <source>Whole file</source>
        <translation>整个文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="359"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="359"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="369"/>
        <source>Row {0} {1}</source>
        <translation>第{0}行 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="379"/>
        <source>Conflict: take the form&apos;s text</source>
        <translation>冲突：采用表中内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="380"/>
        <source>Register: “{0}”; form: “{1}”</source>
        <translation>台账中“{0}”；表中“{1}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="415"/>
        <source>Imported {0}: {1} rows</source>
        <translation>已导入 {0}：{1} 行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="416"/>
        <source>Not imported {0}: {1}</source>
        <translation>未导入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="417"/>
        <source>Nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
</context>
<context>
    <name>NoticeFields</name>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="51"/>
        <source>the work plan it rests on, e.g. the title of the bureau&apos;s 2026 work plan</source>
        <translation>所依据的工作要点，如《示范县教育局2026年工作要点》</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="52"/>
        <source>the department addressed</source>
        <translation>主送科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="53"/>
        <source>how many tasks the notice lists</source>
        <translation>通知单列出的任务项数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="54"/>
        <source>the late or lagging tasks, one paragraph each (on a line of its own)</source>
        <translation>逾期或滞后的任务，每项一段（须单独占一行）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="55"/>
        <source>the date to report back by, e.g. 25 November</source>
        <translation>报送办理结果的期限，如11月25日</translation>
    </message>
</context>
<context>
    <name>NoticeSettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/output/notice_settings_dialog.py" line="61"/>
        <source>Notice format</source>
        <translation>督办通知单格式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/notice_settings_dialog.py" line="63"/>
        <source>Name of the issuing office</source>
        <translation>示范县教育局</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/notice_settings_dialog.py" line="69"/>
        <source>{{{0}}}: {1}</source>
        <translation>{{{0}}}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/notice_settings_dialog.py" line="70"/>
        <source>{0}; {1}</source>
        <translation>{0}&#x3000;{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/notice_settings_dialog.py" line="71"/>
        <source>Fields the text may use — {0}</source>
        <translation>正文可用字段——{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/notice_settings_dialog.py" line="74"/>
        <source>Issuing office:</source>
        <translation>发文机关标志：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/notice_settings_dialog.py" line="75"/>
        <source>Office code:</source>
        <translation>机关代字：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/notice_settings_dialog.py" line="76"/>
        <source>Signed by:</source>
        <translation>落款：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/notice_settings_dialog.py" line="77"/>
        <source>Text template:</source>
        <translation>正文模板：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/notice_settings_dialog.py" line="82"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/notice_settings_dialog.py" line="83"/>
        <source>Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/notice_settings_dialog.py" line="84"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="27"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="28"/>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="29"/>
        <source>Lead department</source>
        <translation>牵头科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="30"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="31"/>
        <source>Leader in charge</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="32"/>
        <source>Co-operating departments</source>
        <translation>配合科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="33"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="34"/>
        <source>Standard of work</source>
        <translation>工作标准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="35"/>
        <source>Done this week</source>
        <translation>本周完成情况</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="36"/>
        <source>Plan for next week</source>
        <translation>下周工作计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="37"/>
        <source>Problems and matters to co-ordinate</source>
        <translation>存在问题及需协调事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="38"/>
        <source>Progress %</source>
        <translation>进度%</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="39"/>
        <source>Expected progress</source>
        <translation>序时进度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="40"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="41"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="42"/>
        <source>Progress this month</source>
        <translation>本月进展</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="43"/>
        <source>Overdue (behind) by</source>
        <translation>逾期（滞后）情况</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="44"/>
        <source>Latest progress</source>
        <translation>最近进展</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="45"/>
        <source>Supervision</source>
        <translation>督办情况</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="77"/>
        <source>For the Monday meeting: each task&apos;s work this week, next week&apos;s plan, problems and light.</source>
        <translation>每周一晨会用：各项任务本周完成情况、下周计划、存在问题和亮灯状态。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="80"/>
        <source>Handed out at the start of the year: each task&apos;s leader in charge, lead department, owner, co-operating departments, deadline and standard of work.</source>
        <translation>年初下发用：每项任务的分管领导、牵头科室、责任人、配合科室、完成时限和工作标准。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="84"/>
        <source>Per department: tasks finished, overdue, extended and in hand this month.</source>
        <translation>按科室汇总本月完成、逾期、延期和在办的任务。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="86"/>
        <source>Tasks on red on the given day (overdue, far behind, long without a report) and their supervision.</source>
        <translation>统计日期时亮红灯（逾期、严重滞后、久未报送）的任务及其督办情况。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="89"/>
        <source>Supervision notices for the tasks on red, each on a new page; a supervision number is taken only when “Register” is ticked.</source>
        <translation>为亮红灯的任务出具督办通知单，每份另起一页；勾选“登记”后才占用督办编号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="93"/>
        <source>Per lead department: tasks, finished, finished on time, completion rate and on-time rate.</source>
        <translation>按牵头科室统计任务数、完成数、按时完成数、完成率和按时完成率。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="110"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="117"/>
        <source>Report:</source>
        <translation>报表：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="125"/>
        <source>Column (tick to print)</source>
        <translation>列（勾选打印）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="125"/>
        <source>Width share</source>
        <translation>宽度比例</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="128"/>
        <source>Columns and widths</source>
        <translation>列与列宽</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="131"/>
        <source>Default columns</source>
        <translation>恢复默认列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="136"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="137"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="138"/>
        <source>Export PDF…</source>
        <translation>导出PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="139"/>
        <source>Export Excel…</source>
        <translation>导出Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="140"/>
        <source>Export Word…</source>
        <translation>导出Word…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="141"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="168"/>
        <source>All plans</source>
        <translation>全部计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="172"/>
        <source>Plan:</source>
        <translation>计划：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="179"/>
        <source>Week:</source>
        <translation>周次：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="182"/>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="183"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="188"/>
        <source> </source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="189"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="192"/>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="192"/>
        <source>First half</source>
        <translation>上半年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="192"/>
        <source>Second half</source>
        <translation>下半年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="194"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="197"/>
        <source>All departments</source>
        <translation>全部科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="200"/>
        <source>Lead department:</source>
        <translation>牵头科室：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="203"/>
        <source>All tasks</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="203"/>
        <source>Red and yellow only</source>
        <translation>只含红灯、黄灯</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="204"/>
        <source>Key tasks only</source>
        <translation>只含重点工作</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="206"/>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="209"/>
        <source>By lead department</source>
        <translation>按牵头科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="210"/>
        <source>By plan section</source>
        <translation>按计划大项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="211"/>
        <source>Group:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="213"/>
        <source>Red and yellow first within each group</source>
        <translation>组内红灯、黄灯排在前面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="218"/>
        <source>One per department</source>
        <translation>每个科室一份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="219"/>
        <source>One per task</source>
        <translation>每项任务一份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="220"/>
        <source>Notices:</source>
        <translation>通知单：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="222"/>
        <source>Register as formal supervision when printed or exported (takes a number)</source>
        <translation>打印或导出时登记为正式督办（占用督办编号）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="226"/>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="228"/>
        <source>As of:</source>
        <translation>统计日期：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="341"/>
        <source>Tick at least one column.</source>
        <translation>请至少勾选一列。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="350"/>
        <source>Print preview — {0}</source>
        <translation>打印预览 — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="360"/>
        <source>No Chinese font is installed on this computer: Chinese characters would print as blank squares in print and in PDF, so nothing was printed. Install a Chinese font and try again — Windows: Settings ▸ Time &amp; language ▸ Language &amp; region ▸ add “Chinese (Simplified, China)”; Debian/Ubuntu: sudo apt install fonts-noto-cjk (or fonts-wqy-microhei); other Linux: install Noto Sans CJK SC or the WenQuanYi fonts.</source>
        <translation>本机没有安装中文字体：打印或导出的 PDF 里汉字会成为空白方框，所以没有打印。请先安装一种中文字体再试——Windows：设置 ▸ 时间和语言 ▸ 语言和区域 ▸ 添加“中文(简体，中国)”；Debian/Ubuntu：sudo apt install fonts-noto-cjk（或 fonts-wqy-microhei）；其他 Linux：安装 Noto Sans CJK SC 或文泉驿字体。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="411"/>
        <source>Export PDF</source>
        <translation>导出PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="417"/>
        <source>Export Excel</source>
        <translation>导出Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="417"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="423"/>
        <source>Export Word</source>
        <translation>导出Word</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="423"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="439"/>
        <source>Cannot write “{0}”: {1}. The file may be open in WPS or Excel.</source>
        <translation>无法写入“{0}”：{1}。文件可能正在 WPS 或 Excel 中打开。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="442"/>
        <source>Exported: {0}</source>
        <translation>已导出：{0}</translation>
    </message>
</context>
<context>
    <name>ReportNames</name>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="17"/>
        <source>Weekly sheet</source>
        <translation>周报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="18"/>
        <source>Task breakdown</source>
        <translation>任务分解表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="19"/>
        <source>Monthly summary</source>
        <translation>月汇总</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="20"/>
        <source>Overdue / supervision list</source>
        <translation>逾期/督办清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="21"/>
        <source>Supervision notices</source>
        <translation>督办通知单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="22"/>
        <source>Year-end assessment</source>
        <translation>年终考核统计</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <location filename="../../desktop_app/ui/output/menus.py" line="21"/>
        <source>Weekly sheet…</source>
        <translation>周报表…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/menus.py" line="22"/>
        <source>Task breakdown…</source>
        <translation>任务分解表…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/menus.py" line="23"/>
        <source>Monthly summary…</source>
        <translation>月汇总…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/menus.py" line="24"/>
        <source>Overdue / supervision list…</source>
        <translation>逾期/督办清单…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/menus.py" line="25"/>
        <source>Supervision notices…</source>
        <translation>督办通知单…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/menus.py" line="26"/>
        <source>Year-end assessment…</source>
        <translation>年终考核统计…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/menus.py" line="76"/>
        <source>Print the weekly sheet…</source>
        <translation>打印周报表…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/menus.py" line="84"/>
        <source>Draft the work summary…</source>
        <translation>生成工作总结初稿…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/menus.py" line="85"/>
        <source>Notice format…</source>
        <translation>督办通知单格式…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/menus.py" line="92"/>
        <source>Make the department forms…</source>
        <translation>生成填报表…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/menus.py" line="93"/>
        <source>Import returned forms…</source>
        <translation>导入填报表…</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/output/summary_dialog.py" line="44"/>
        <source>Draft the work summary</source>
        <translation>生成工作总结初稿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/summary_dialog.py" line="46"/>
        <source>All plans</source>
        <translation>全部计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/summary_dialog.py" line="52"/>
        <source> </source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/summary_dialog.py" line="54"/>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/summary_dialog.py" line="54"/>
        <source>First half</source>
        <translation>上半年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/summary_dialog.py" line="55"/>
        <source>Second half</source>
        <translation>下半年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/summary_dialog.py" line="61"/>
        <source>Plan:</source>
        <translation>计划：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/summary_dialog.py" line="62"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/summary_dialog.py" line="63"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/summary_dialog.py" line="65"/>
        <source>The draft uses the register&apos;s records alone: it opens with the number of tasks, finished, finished on time and the completion rate; 1. main work done (the finished tasks by plan section, their latest report and indicators&apos; targets against results); 2. problems (overdue and lagging tasks, grouped by the problems reported); 3. next steps (next week&apos;s plans of the unfinished tasks).</source>
        <translation>初稿只用台账中的记录：开头写任务数、完成数、按时完成数和完成率；一、主要工作完成情况（按计划大项列出已完成任务、最近一次报送的完成情况和指标目标与实际）；二、存在的问题（逾期和进度滞后的任务，按反映的问题归类）；三、下一步工作打算（未完成任务的下周计划）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/summary_dialog.py" line="73"/>
        <source>Make…</source>
        <translation>生成…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/summary_dialog.py" line="74"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/summary_dialog.py" line="93"/>
        <source>Save the draft work summary</source>
        <translation>保存工作总结初稿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/summary_dialog.py" line="94"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/summary_dialog.py" line="120"/>
        <source>Cannot write “{0}”: {1}. The file may be open in Word or WPS.</source>
        <translation>无法写入“{0}”：{1}。文件可能正在 Word 或 WPS 中打开。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/summary_dialog.py" line="126"/>
        <source>Made: {0}
Tasks counted: {1}, finished: {2}, finished on time: {3}, completion rate {4}. Check and correct the draft before use.</source>
        <translation>已生成：{0}
纳入统计的任务 {1} 项，已完成 {2} 项，按时完成 {3} 项，完成率 {4}。初稿请核对修改后使用。</translation>
    </message>
</context>
<context>
    <name>WeekNames</name>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="80"/>
        <source>{0}: {1}</source>
        <translation>{0}年{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/names.py" line="86"/>
        <source>{0} week {1:02d}</source>
        <translation>{0}年第{1:02d}周</translation>
    </message>
</context>
</TS>
