<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BulkAssignDialog</name>
    <message>
        <location filename="../../desktop_app/ui/tasks/bulk_assign.py" line="108"/>
        <source>Assign in bulk ({0} tasks)</source>
        <translation>批量指定责任（{0} 项任务）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/bulk_assign.py" line="40"/>
        <source>Tick what to change; unticked fields stay as they are on each task.</source>
        <translation>勾选要修改的项目；未勾选的保持各任务原样。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/bulk_assign.py" line="41"/>
        <source>Include grouping headings ({0})</source>
        <translation>包括分组标题（{0} 项）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/bulk_assign.py" line="43"/>
        <source>Tasks with sub-tasks only group them; they are skipped unless this is ticked.</source>
        <translation>有下级任务的分组标题只起归类作用，不勾选时跳过。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/bulk_assign.py" line="60"/>
        <location filename="../../desktop_app/ui/tasks/bulk_assign.py" line="70"/>
        <location filename="../../desktop_app/ui/tasks/bulk_assign.py" line="119"/>
        <source>(clear)</source>
        <translation>（清除）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/bulk_assign.py" line="75"/>
        <source>Lead department</source>
        <translation>牵头科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/bulk_assign.py" line="76"/>
        <source>Co-operating departments</source>
        <translation>配合科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/bulk_assign.py" line="77"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/bulk_assign.py" line="78"/>
        <source>Leader in charge</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/bulk_assign.py" line="79"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/bulk_assign.py" line="110"/>
        <source>{0} tasks will change; {1} grouping headings are skipped.</source>
        <translation>将修改 {0} 项任务（跳过 {1} 个分组标题）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/bulk_assign.py" line="112"/>
        <source>{0} tasks will change.</source>
        <translation>将修改 {0} 项任务。</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="34"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="35"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="36"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="37"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="38"/>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="41"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="42"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="43"/>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="44"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="45"/>
        <source>Leader</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="46"/>
        <source>In post</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="72"/>
        <source>Departments and people</source>
        <translation>科室与人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="81"/>
        <source>Add department…</source>
        <translation>新增科室…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="82"/>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="239"/>
        <source>Delete department</source>
        <translation>删除科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="83"/>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="84"/>
        <source>Departments</source>
        <translation>科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="86"/>
        <source>Add person…</source>
        <translation>新增人员…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="87"/>
        <source>Import list from Excel…</source>
        <translation>从 Excel 导入名单…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="88"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="148"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="182"/>
        <source>Edit directory</source>
        <translation>修改科室与人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="193"/>
        <source>The order must be a whole number.</source>
        <translation>顺序应为整数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="207"/>
        <source>The name must not be empty.</source>
        <translation>姓名不能为空。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="227"/>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="229"/>
        <source>Add department</source>
        <translation>新增科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="227"/>
        <source>Department name:</source>
        <translation>科室名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="245"/>
        <source>First select the department to merge away (for example a misspelling).</source>
        <translation>请先选择要合并掉的科室（例如一个错误的写法）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="250"/>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="268"/>
        <source>Merge departments</source>
        <translation>合并科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="250"/>
        <source>Move all tasks and people of “{0}” into:</source>
        <translation>把“{0}”的全部任务和人员并入：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="253"/>
        <source>After merging, “{0}” is deleted and all its tasks and people move to “{1}”. Continue?</source>
        <translation>合并后“{0}”将被删除，其任务和人员全部归入“{1}”。继续？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="272"/>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="275"/>
        <source>Add person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="272"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="279"/>
        <source>Import departments and people</source>
        <translation>导入科室与人员名单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="279"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="298"/>
        <source>Import people</source>
        <translation>导入人员名单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/directory/directory_dialog.py" line="301"/>
        <source>Imported: {0} new departments, {1} new people, {2} people updated.</source>
        <translation>导入完成：新增科室 {0} 个，新增人员 {1} 人，更新 {2} 人。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_app/ui/tasks/filter_bar.py" line="28"/>
        <source>All lights</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/filter_bar.py" line="29"/>
        <source>■ Red (overdue, far behind)</source>
        <translation>■ 红灯（逾期、严重滞后）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/filter_bar.py" line="30"/>
        <source>▲ Yellow (due soon, behind)</source>
        <translation>▲ 黄灯（临期、滞后）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/filter_bar.py" line="31"/>
        <source>● On track</source>
        <translation>● 正常</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/filter_bar.py" line="32"/>
        <source>✓ Finished</source>
        <translation>✓ 已完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/filter_bar.py" line="58"/>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/filter_bar.py" line="59"/>
        <source>Search tasks, descriptions and progress (Ctrl+F)</source>
        <translation>搜索任务、说明和进展（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/filter_bar.py" line="72"/>
        <source>Deadline not before</source>
        <translation>完成时限不早于</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/filter_bar.py" line="74"/>
        <source>Deadline not after</source>
        <translation>完成时限不晚于</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/filter_bar.py" line="75"/>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/filter_bar.py" line="77"/>
        <source>Deadline unclear</source>
        <translation>时限待确认</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/filter_bar.py" line="79"/>
        <source>Not assigned</source>
        <translation>未落实责任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/filter_bar.py" line="81"/>
        <source>Tasks still without a lead department or an owner</source>
        <translation>还没有牵头科室或责任人的任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/filter_bar.py" line="83"/>
        <source>Clear filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/filter_bar.py" line="95"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/filter_bar.py" line="133"/>
        <source>All departments</source>
        <translation>全部科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/filter_bar.py" line="135"/>
        <source>All owners</source>
        <translation>全部责任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/filter_bar.py" line="136"/>
        <source>All leaders</source>
        <translation>全部分管领导</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/filter_bar.py" line="205"/>
        <source>Showing {0} / {1} tasks</source>
        <translation>显示 {0} / {1} 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/filter_bar.py" line="207"/>
        <source>{0} tasks</source>
        <translation>共 {0} 项</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="82"/>
        <source>Plan:</source>
        <translation>计划：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="96"/>
        <source>Tasks</source>
        <translation>任务分解</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="121"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="122"/>
        <source>New register…</source>
        <translation>新建台账…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="123"/>
        <source>Open register…</source>
        <translation>打开台账…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="124"/>
        <source>Recent registers</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="126"/>
        <source>New plan…</source>
        <translation>新建计划…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="128"/>
        <source>Import work plan…</source>
        <translation>导入工作要点…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="131"/>
        <source>Import work plan from the clipboard…</source>
        <translation>从剪贴板导入工作要点…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="134"/>
        <source>Open the demo register</source>
        <translation>打开示例台账</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="135"/>
        <source>Backups and restore…</source>
        <translation>备份与恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="137"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="140"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="141"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="142"/>
        <source>&amp;Week</source>
        <translation>周报(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="143"/>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="145"/>
        <source>&amp;Supervision</source>
        <translation>督办(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="146"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="147"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="148"/>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="347"/>
        <source>About 督办台账</source>
        <translation>关于督办台账</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="225"/>
        <source>register in memory</source>
        <translation>内存台账</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="226"/>
        <source> (demo)</source>
        <translation>（示例）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="227"/>
        <source> [read-only]</source>
        <translation>［只读］</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="236"/>
        <source> [closed]</source>
        <translation>［已关闭］</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="249"/>
        <source>No plan yet</source>
        <translation>还没有计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="283"/>
        <source>New register</source>
        <translation>新建台账</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="287"/>
        <source>That file exists already; use “Open register”.</source>
        <translation>该文件已存在，请用“打开台账”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="292"/>
        <source>Open register</source>
        <translation>打开台账</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="300"/>
        <source>Could not make the demo register: {0}</source>
        <translation>无法生成示例台账：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="306"/>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="310"/>
        <source>New plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="306"/>
        <source>Plan title:</source>
        <translation>计划标题：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="310"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="324"/>
        <source>Importing is not available.</source>
        <translation>导入功能尚不可用。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="348"/>
        <source>&lt;h3&gt;督办台账 {0}&lt;/h3&gt;&lt;p&gt;The annual work plan broken into tasks, each assigned to people, its progress supervised every week.&lt;/p&gt;&lt;p&gt;The data is kept in one file on this computer: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;督办台账 {0}&lt;/h3&gt;&lt;p&gt;年度工作任务分解、责任到人、每周督办。&lt;/p&gt;&lt;p&gt;数据保存在本机的一个文件中：{1}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="351"/>
        <source>memory</source>
        <translation>内存</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <location filename="../../desktop_app/ui/tasks/recycle_bin.py" line="31"/>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/recycle_bin.py" line="33"/>
        <source>Deleted tasks stay here; restoring a task brings back its sub-tasks too.</source>
        <translation>删除的任务保留在这里；恢复时它的下级任务一并恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/recycle_bin.py" line="35"/>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/recycle_bin.py" line="35"/>
        <source>Lead department</source>
        <translation>牵头科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/recycle_bin.py" line="35"/>
        <source>Deleted at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/recycle_bin.py" line="42"/>
        <source>Restore selected</source>
        <translation>恢复所选</translation>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="58"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="68"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="89"/>
        <source>The register is open read-only: its settings can only be viewed.</source>
        <translation>台账以只读方式打开，台账设置只能查看。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="121"/>
        <source>Enter holiday arrangements…</source>
        <translation>录入节假日安排…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="130"/>
        <source>Working-day calendar:</source>
        <translation>工作日历：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="133"/>
        <source>Fields the body may use — </source>
        <translation>正文可用字段——</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="188"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="196"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="208"/>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="209"/>
        <source>A new language takes effect when the program is started again.</source>
        <translation>更改语言后，重新启动程序生效。</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="73"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="77"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="81"/>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="187"/>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="190"/>
        <source>Add task</source>
        <translation>新增任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="82"/>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="197"/>
        <source>Add sub-task</source>
        <translation>新增下级任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="83"/>
        <source>Indent (under the task above)</source>
        <translation>降级（成为上一项的下级）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="84"/>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="255"/>
        <source>Outdent</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="85"/>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="266"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="86"/>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="266"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="87"/>
        <source>Delete to recycle bin</source>
        <translation>删除到回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="88"/>
        <source>Assign in bulk…</source>
        <translation>批量指定责任…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="89"/>
        <source>Recycle bin…</source>
        <translation>回收站…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="168"/>
        <source>Create or choose a plan first.</source>
        <translation>请先新建或选择一个计划。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="173"/>
        <source>New task</source>
        <translation>新任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="219"/>
        <source>Move task</source>
        <translation>移动任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="238"/>
        <source>The first task cannot be indented: there is no task before it on its level.</source>
        <translation>第一项任务不能降级：它前面没有同级任务。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="240"/>
        <source>Indent</source>
        <translation>降级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="253"/>
        <source>A top-level task cannot be outdented.</source>
        <translation>顶层任务不能再升级。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="274"/>
        <source>Move the {0} selected tasks to the recycle bin?</source>
        <translation>把选中的 {0} 项任务移到回收站？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="276"/>
        <source>
{0} of them take their sub-tasks along.</source>
        <translation>
其中 {0} 项的下级任务也一并移入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="277"/>
        <source>
They can be restored from Edit ▸ Recycle bin, or undone (Ctrl+Z).</source>
        <translation>
可在“编辑 ▸ 回收站”中恢复，也可撤销（Ctrl+Z）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="281"/>
        <source>Delete {0} tasks</source>
        <translation>删除 {0} 项任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="285"/>
        <source>Restore {0} tasks from the bin</source>
        <translation>从回收站恢复 {0} 项任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="101"/>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="313"/>
        <source>Edit task</source>
        <translation>修改任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="315"/>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="322"/>
        <source>Select tasks in the tree first (hold Ctrl or Shift to select several).</source>
        <translation>请先在任务树中选择任务（可按住 Ctrl 或 Shift 多选）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="335"/>
        <source>Assign {0} tasks</source>
        <translation>批量指定 {0} 项任务</translation>
    </message>
</context>
<context>
    <name>TaskMenus</name>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_menus.py" line="40"/>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_menus.py" line="44"/>
        <source>Clear filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_menus.py" line="47"/>
        <source>Reload from file</source>
        <translation>刷新（重新读取台账）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_menus.py" line="55"/>
        <source>Columns</source>
        <translation>显示的列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_menus.py" line="57"/>
        <source>Task details panel</source>
        <translation>任务详情面板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_menus.py" line="64"/>
        <source>Expand all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_menus.py" line="65"/>
        <source>Collapse to sections</source>
        <translation>只显示大项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_menus.py" line="67"/>
        <source>Departments and people…</source>
        <translation>科室与人员…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_menus.py" line="70"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_menus.py" line="74"/>
        <source>Common</source>
        <translation>常用</translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_page.py" line="99"/>
        <source>The changes to the previous task were not saved: {0}</source>
        <translation>上一项任务的修改未保存：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_page.py" line="153"/>
        <source>{0} tasks</source>
        <translation>任务 {0} 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_page.py" line="155"/>
        <source>{0} shown by the filter</source>
        <translation>筛选显示 {0} 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_page.py" line="158"/>
        <source>{0} selected</source>
        <translation>已选 {0} 项</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="45"/>
        <source>No deadline</source>
        <translation>无时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="46"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="47"/>
        <source>Period (first half, first quarter…)</source>
        <translation>时段（上半年、第一季度…）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="48"/>
        <source>Recurring (monthly, quarterly…)</source>
        <translation>周期（每月、每季度…）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="49"/>
        <source>Ongoing</source>
        <translation>长期坚持</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="50"/>
        <source>To be confirmed</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="54"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="55"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="56"/>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="57"/>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="60"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="61"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="456"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="62"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="63"/>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="64"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="459"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="67"/>
        <source>Milestone</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="68"/>
        <source>Due</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="69"/>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="72"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="73"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="74"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="75"/>
        <source>Field</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="76"/>
        <source>Old → new</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="79"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="266"/>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="80"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="267"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="81"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="271"/>
        <source>Source</source>
        <translation>任务来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="82"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="242"/>
        <source>Key task</source>
        <translation>重点工作</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="83"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="272"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="84"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="277"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="85"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="278"/>
        <source>Deadline as written</source>
        <translation>时限原文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="86"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="276"/>
        <source>Deadline kind</source>
        <translation>时限类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="87"/>
        <source>Recurrence</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="88"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="279"/>
        <source>Standard</source>
        <translation>工作标准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="89"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="282"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="90"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="283"/>
        <source>Leader in charge</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="91"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="280"/>
        <source>Lead department</source>
        <translation>牵头科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="92"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="281"/>
        <source>Co-operating departments</source>
        <translation>配合科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="93"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="94"/>
        <source>Milestones</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="95"/>
        <source>Parent task</source>
        <translation>上级任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="96"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="97"/>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="98"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="165"/>
        <source>Indicator row {0}: {1} “{2}” is not a number.</source>
        <translation>指标第 {0} 行的{1}“{2}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="184"/>
        <source>no department</source>
        <translation>未分科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="218"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="220"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="251"/>
        <source>As the plan says, e.g. “first half”, “monthly”, “by end of March”</source>
        <translation>计划原文，如“上半年”“每月”“3月底前”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="284"/>
        <source>General</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="298"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="300"/>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="312"/>
        <source>Quantified indicators (e.g. enrolment ≥ 97 %)</source>
        <translation>量化指标（如 入园率 ≥ 97 %）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="315"/>
        <source>Milestones (dates written as 2026-03-31)</source>
        <translation>时间节点（日期写作 2026-03-31）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="318"/>
        <source>Indicators and milestones</source>
        <translation>指标与节点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="327"/>
        <source>History</source>
        <translation>留痕</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="340"/>
        <source>Select a task to see and edit it.</source>
        <translation>选择一项任务以查看和编辑。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="380"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="400"/>
        <source>(not set)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="436"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="473"/>
        <source>A deadline of kind “Date” needs its date.</source>
        <translation>时限类型为“日期”时，请填写完成时限。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="542"/>
        <source>This task was changed elsewhere meanwhile; saving keeps those changes unless they are in the fields you edited.</source>
        <translation>此任务已在别处被修改。保存时只写入你改过的项；若这些项也已被别处修改，将不会覆盖，并显示最新内容。</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="45"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="46"/>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="47"/>
        <source>Lead department</source>
        <translation>牵头科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="48"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="49"/>
        <source>Leader</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="50"/>
        <source>Co-operating</source>
        <translation>配合科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="51"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="52"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="53"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="54"/>
        <source>Latest report</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="81"/>
        <source>extended to {0}</source>
        <translation>延期至{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="84"/>
        <source>to be confirmed</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="389"/>
        <source>{0}: {1}
Next week: {2}
Problems: {3}</source>
        <translation>{0}：{1}
下周：{2}
问题：{3}</translation>
    </message>
</context>
<context>
    <name>TaskTreeView</name>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_view.py" line="71"/>
        <source>Default column widths</source>
        <translation>恢复默认列宽</translation>
    </message>
</context>
<context>
    <name>WeeklyCycle</name>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="33"/>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="78"/>
        <source>This week</source>
        <translation>本周进展</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="44"/>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="79"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="81"/>
        <source>Carry over last week&apos;s plan</source>
        <translation>沿用上周计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="82"/>
        <source>Mark finished…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="83"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="88"/>
        <source>Extension request…</source>
        <translation>延期申请…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="89"/>
        <source>Reminder / supervision / interview…</source>
        <translation>催办/督办/约谈…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="92"/>
        <source>Supervise a department…</source>
        <translation>对科室督办…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="103"/>
        <source>Light settings…</source>
        <translation>亮灯设置…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="207"/>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="226"/>
        <source>Now {0} red and {1} yellow.</source>
        <translation>当前红灯 {0} 项、黄灯 {1} 项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="211"/>
        <source>{month}/{day}</source>
        <translation>{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="211"/>
        <source>{month}/{day}/{year}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="214"/>
        <source>Nothing turned red or yellow since the last opening ({0}). {1}</source>
        <translation>自上次打开（{0}）以来没有新变红、变黄的任务；{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="215"/>
        <source>Since the last opening ({0}): {1} turned red, {2} turned yellow. {3}</source>
        <translation>自上次打开（{0}）以来：新变红 {1} 项、新变黄 {2} 项；{3}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="245"/>
        <source>{0}: {1} tasks (View ▸ Clear filter shows all tasks again)</source>
        <translation>{0}：{1} 项（视图 ▸ 清除筛选 可恢复全部任务）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="263"/>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="270"/>
        <source>Select a task first.</source>
        <translation>请先选择一项任务。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop_app/ui/shell/welcome.py" line="18"/>
        <source>Welcome to 督办台账</source>
        <translation>欢迎使用督办台账</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/welcome.py" line="27"/>
        <source>Break the annual work plan into tasks, assign each to people, follow the progress every week, see the warning lights and print the weekly sheet.
This register has no plan yet. How would you like to start?</source>
        <translation>把年度工作要点分解为任务，责任到人，每周跟踪进展、亮灯督办、打印周报表。
这个台账还没有计划，请选择开始方式：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/welcome.py" line="37"/>
        <source>Import work plan…</source>
        <translation>导入工作要点…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/welcome.py" line="38"/>
        <source>New empty plan</source>
        <translation>新建空白计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/welcome.py" line="39"/>
        <source>Open the demo register (your data stays untouched)</source>
        <translation>打开示例台账（不影响您的数据）</translation>
    </message>
</context>
<context>
    <name>YearTurn</name>
    <message>
        <location filename="../../desktop_app/ui/shell/year_turn.py" line="20"/>
        <source>New year…</source>
        <translation>新年度…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/year_turn.py" line="21"/>
        <source>Plans…</source>
        <translation>计划管理…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/year_turn.py" line="22"/>
        <source>Holiday calendar…</source>
        <translation>节假日安排…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/year_turn.py" line="58"/>
        <source>No holiday data for {0}: Monday–Friday counted as working days &lt;a href=&quot;holidays&quot;&gt;Enter the holiday arrangements&lt;/a&gt;</source>
        <translation>{0}年无节假日数据，按周一至周五计算 &lt;a href=&quot;holidays&quot;&gt;录入节假日安排&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/year_turn.py" line="109"/>
        <source>There is no plan yet.</source>
        <translation>还没有计划。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/year_turn.py" line="132"/>
        <source>{0} tasks carried over to {1}.</source>
        <translation>已结转 {0} 项任务至{1}年。</translation>
    </message>
</context>
</TS>
