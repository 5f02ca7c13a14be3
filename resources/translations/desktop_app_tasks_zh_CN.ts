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
    <name>TaskCommand</name>
    <message>
        <location filename="../../desktop_app/ui/tasks/undo.py" line="44"/>
        <source>Undo: {0}</source>
        <translation>撤销：{0}</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="74"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="78"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="82"/>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="188"/>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="191"/>
        <source>Add task</source>
        <translation>新增任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="83"/>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="198"/>
        <source>Add sub-task</source>
        <translation>新增下级任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="84"/>
        <source>Indent (under the task above)</source>
        <translation>降级（成为上一项的下级）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="85"/>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="256"/>
        <source>Outdent</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="86"/>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="267"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="87"/>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="267"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="88"/>
        <source>Delete to recycle bin</source>
        <translation>删除到回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="89"/>
        <source>Assign in bulk…</source>
        <translation>批量指定责任…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="90"/>
        <source>Recycle bin…</source>
        <translation>回收站…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="169"/>
        <source>Create or choose a plan first.</source>
        <translation>请先新建或选择一个计划。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="174"/>
        <source>New task</source>
        <translation>新任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="220"/>
        <source>Move task</source>
        <translation>移动任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="239"/>
        <source>The first task cannot be indented: there is no task before it on its level.</source>
        <translation>第一项任务不能降级：它前面没有同级任务。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="241"/>
        <source>Indent</source>
        <translation>降级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="254"/>
        <source>A top-level task cannot be outdented.</source>
        <translation>顶层任务不能再升级。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="275"/>
        <source>Move the {0} selected tasks to the recycle bin?</source>
        <translation>把选中的 {0} 项任务移到回收站？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="277"/>
        <source>
{0} of them take their sub-tasks along.</source>
        <translation>
其中 {0} 项的下级任务也一并移入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="278"/>
        <source>
They can be restored from Edit ▸ Recycle bin, or undone (Ctrl+Z).</source>
        <translation>
可在“编辑 ▸ 回收站”中恢复，也可撤销（Ctrl+Z）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="282"/>
        <source>Delete {0} tasks</source>
        <translation>删除 {0} 项任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="286"/>
        <source>Restore {0} tasks from the bin</source>
        <translation>从回收站恢复 {0} 项任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="102"/>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="314"/>
        <source>Edit task</source>
        <translation>修改任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="316"/>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="323"/>
        <source>Select tasks in the tree first (hold Ctrl or Shift to select several).</source>
        <translation>请先在任务树中选择任务（可按住 Ctrl 或 Shift 多选）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_actions.py" line="336"/>
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
        <location filename="../../desktop_app/ui/tasks/task_page.py" line="89"/>
        <source>The changes to the previous task were not saved: {0}</source>
        <translation>上一项任务的修改未保存：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_page.py" line="143"/>
        <source>{0} tasks</source>
        <translation>任务 {0} 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_page.py" line="145"/>
        <source>{0} shown by the filter</source>
        <translation>筛选显示 {0} 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_page.py" line="148"/>
        <source>{0} selected</source>
        <translation>已选 {0} 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_page.py" line="149"/>
        <source> | </source>
        <translation>｜</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="44"/>
        <source>No deadline</source>
        <translation>无时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="45"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="46"/>
        <source>Period (first half, first quarter…)</source>
        <translation>时段（上半年、第一季度…）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="47"/>
        <source>Recurring (monthly, quarterly…)</source>
        <translation>周期（每月、每季度…）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="48"/>
        <source>Ongoing</source>
        <translation>长期坚持</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="49"/>
        <source>To be confirmed</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="53"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="54"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="55"/>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="56"/>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="59"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="60"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="481"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="61"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="62"/>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="63"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="484"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="66"/>
        <source>Milestone</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="67"/>
        <source>Due</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="68"/>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="71"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="72"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="73"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="74"/>
        <source>Field</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="75"/>
        <source>Old → new</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="78"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="289"/>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="79"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="290"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="80"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="294"/>
        <source>Source</source>
        <translation>任务来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="81"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="265"/>
        <source>Key task</source>
        <translation>重点工作</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="82"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="295"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="83"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="300"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="84"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="301"/>
        <source>Deadline as written</source>
        <translation>时限原文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="85"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="299"/>
        <source>Deadline kind</source>
        <translation>时限类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="86"/>
        <source>Recurrence</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="87"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="302"/>
        <source>Standard</source>
        <translation>工作标准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="88"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="305"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="89"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="306"/>
        <source>Leader in charge</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="90"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="303"/>
        <source>Lead department</source>
        <translation>牵头科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="91"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="304"/>
        <source>Co-operating departments</source>
        <translation>配合科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="92"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="93"/>
        <source>Milestones</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="94"/>
        <source>Parent task</source>
        <translation>上级任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="95"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="96"/>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="97"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="115"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="118"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="166"/>
        <source>Indicator row {0}: {1} “{2}” is not a number.</source>
        <translation>指标第 {0} 行的{1}“{2}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="185"/>
        <source>no department</source>
        <translation>未分科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="186"/>
        <source>{0} ({1} · {2})</source>
        <comment>a person, department, title</comment>
        <translation>{0}（{1}·{2}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="187"/>
        <source>{0} ({1})</source>
        <comment>a person and department</comment>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="220"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="222"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="274"/>
        <source>As the plan says, e.g. “first half”, “monthly”, “by end of March”</source>
        <translation>计划原文，如“上半年”“每月”“3月底前”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="307"/>
        <source>General</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="321"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="323"/>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="335"/>
        <source>Quantified indicators (e.g. enrolment ≥ 97 %)</source>
        <translation>量化指标（如 入园率 ≥ 97 %）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="338"/>
        <source>Milestones (dates written as 2026-03-31)</source>
        <translation>时间节点（日期写作 2026-03-31）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="341"/>
        <source>Indicators and milestones</source>
        <translation>指标与节点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="350"/>
        <source>History</source>
        <translation>留痕</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="363"/>
        <source>Select a task to see and edit it.</source>
        <translation>选择一项任务以查看和编辑。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="405"/>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="425"/>
        <source>(not set)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="461"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="498"/>
        <source>A deadline of kind “Date” needs its date.</source>
        <translation>时限类型为“日期”时，请填写完成时限。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_panel.py" line="567"/>
        <source>This task was changed elsewhere meanwhile; saving keeps those changes unless they are in the fields you edited.</source>
        <translation>此任务已在别处被修改。保存时只写入你改过的项；若这些项也已被别处修改，将不会覆盖，并显示最新内容。</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="54"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="55"/>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="56"/>
        <source>Lead department</source>
        <translation>牵头科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="57"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="58"/>
        <source>Leader</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="59"/>
        <source>Co-operating</source>
        <translation>配合科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="60"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="61"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="62"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="63"/>
        <source>Latest report</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="133"/>
        <source>extended to {0}</source>
        <translation>延期至{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="136"/>
        <source>to be confirmed</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="139"/>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="604"/>
        <source> ({0})</source>
        <translation>（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="605"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tasks/task_tree_model.py" line="615"/>
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
        <location filename="../../desktop_app/ui/tasks/task_view.py" line="101"/>
        <source>Default column widths</source>
        <translation>恢复默认列宽</translation>
    </message>
</context>
</TS>
