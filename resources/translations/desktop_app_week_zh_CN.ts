<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="256"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="262"/>
        <source>Task status (lowest-level tasks)</source>
        <translation>任务状态（末级任务）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="273"/>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="290"/>
        <source>Departments (click a department to see its tasks)</source>
        <translation>各科室完成情况（点击科室查看其任务）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="329"/>
        <source>Overview · as of {0} · {1}</source>
        <translation>总览 · 截至{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="338"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="344"/>
        <source>Overdue, not finished</source>
        <translation>逾期未完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="345"/>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="346"/>
        <source>Due next week</source>
        <translation>下周到期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="347"/>
        <source>No report for {0}+ weeks</source>
        <translation>{0}周以上未报送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="362"/>
        <source>Tasks led by {0}</source>
        <translation>{0}牵头的任务</translation>
    </message>
</context>
<context>
    <name>DepartmentBars</name>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="178"/>
        <source>Lead department</source>
        <translation>牵头科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="179"/>
        <source>Completion (finished/tasks)</source>
        <translation>完成率（已完成/任务数）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="179"/>
        <source>On time (by the original deadline)</source>
        <translation>按时完成率（按原时限）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="183"/>
        <source>{0} ({1}/{2})</source>
        <translation>{0}（{1}/{2}）</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="42"/>
        <source>Extension request</source>
        <translation>延期申请</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="52"/>
        <source>Task:</source>
        <translation>工作任务：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="53"/>
        <source>Lead department:</source>
        <translation>牵头科室：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="55"/>
        <source>Current deadline:</source>
        <translation>当前完成时限：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="58"/>
        <source>On-time rates are counted by the original deadline</source>
        <translation>统计按原完成时限计算按时完成率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="59"/>
        <source>Original deadline:</source>
        <translation>原完成时限：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="65"/>
        <source>New deadline:</source>
        <translation>新的完成时限：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="68"/>
        <source>Why the deadline must move (required)</source>
        <translation>延期理由（必填）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="70"/>
        <source>Reason:</source>
        <translation>延期理由：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="74"/>
        <source>Who approved it (required)</source>
        <translation>批准人（必填）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="75"/>
        <source>Approved by:</source>
        <translation>批准人：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="76"/>
        <source>Special approval of the office (deadline passed; recorded in the log)</source>
        <translation>办公室特批（完成时限已过，仍予延期；记入操作留痕）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="82"/>
        <source>The deadline has passed: by the rules it can no longer be extended without the office&apos;s special approval.</source>
        <translation>完成时限已过，按规定不能再申请延期，确需延期须经办公室特批。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="92"/>
        <source>Extend</source>
        <translation>确定延期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="98"/>
        <source>Not set</source>
        <translation>未设定</translation>
    </message>
</context>
<context>
    <name>FigureButton</name>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="131"/>
        <source>Show these {0} tasks</source>
        <translation>查看这 {0} 项任务</translation>
    </message>
</context>
<context>
    <name>FinishDateDialog</name>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="468"/>
        <source>Mark finished</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="470"/>
        <source>Mark the {0} selected tasks as finished.</source>
        <translation>将所选 {0} 项任务标记为已完成。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="476"/>
        <source>Finished on:</source>
        <translation>完成日期：</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="60"/>
        <source>make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="61"/>
        <source>day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="56"/>
        <source>Legend: “h” on hatching = day off; “w” in bold on dots = make-up working day; grey numbers = weekend; the rest are working days.</source>
        <translation>图例：“休”斜线底纹 = 放假；“班”粗体点状底纹 = 调休上班；灰色数字 = 周末；其余为工作日。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="62"/>
        <source>w</source>
        <translation>班</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="62"/>
        <source>h</source>
        <translation>休</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="159"/>
        <source>Public holidays</source>
        <translation>节假日安排</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="164"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="194"/>
        <source>Paste the full text of the State Council General Office&apos;s notice on the year&apos;s public holidays:</source>
        <translation>粘贴《国务院办公厅关于XXXX年部分节假日安排的通知》全文：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="201"/>
        <source>For example: 2. Spring Festival: 15 February (Sunday) to 23 (Monday) off with make-up days, 9 days in all. 14 February (Saturday) and 28 February (Saturday) are working days.</source>
        <translation>如：二、春节：2月15日（周日）至23日（周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="205"/>
        <source>Preview</source>
        <translation>解析预览</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="208"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="212"/>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="321"/>
        <source>Clear the year&apos;s entries</source>
        <translation>清除本年录入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="223"/>
        <source>Days that differ from Monday to Friday:</source>
        <translation>与周一至周五不同的日子：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="227"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="266"/>
        <source>entered in this register</source>
        <translation>本台账录入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="268"/>
        <source>built into the program</source>
        <translation>程序内置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="270"/>
        <source>none (Monday to Friday)</source>
        <translation>无（按周一至周五）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="271"/>
        <source>Public holidays of {0} come from: {1}</source>
        <translation>{0}年节假日数据来源：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="272"/>
        <source>{0} (the calendar in use)</source>
        <translation>{0}年（当前使用的日历）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="296"/>
        <source>Preview (not saved yet): {0}, {1} days off, {2} make-up working days</source>
        <translation>预览（尚未保存）：{0}年放假 {1} 天，调休上班 {2} 天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="318"/>
        <source>No public holidays of {0} were entered in this register.</source>
        <translation>{0}年没有本台账录入的节假日安排。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="322"/>
        <source>Clear the public holidays of {0} entered in this register? Working days then come from the program&apos;s own data or from Monday to Friday.</source>
        <translation>清除本台账录入的{0}年节假日安排？之后按程序内置数据或周一至周五计算。</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="43"/>
        <source>Mo</source>
        <translation>一</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="43"/>
        <source>Tu</source>
        <translation>二</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="44"/>
        <source>We</source>
        <translation>三</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="44"/>
        <source>Th</source>
        <translation>四</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="45"/>
        <source>Fr</source>
        <translation>五</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="45"/>
        <source>Sa</source>
        <translation>六</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="46"/>
        <source>Su</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="99"/>
        <source>h</source>
        <translation>休</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="105"/>
        <source>w</source>
        <translation>班</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="102"/>
        <source>{0} day off ({1})</source>
        <translation>{0} 放假（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="102"/>
        <source>{0} day off</source>
        <translation>{0} 放假</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="108"/>
        <source>{0} make-up working day ({1})</source>
        <translation>{0} 调休上班（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="109"/>
        <source>{0} make-up working day</source>
        <translation>{0} 调休上班</translation>
    </message>
</context>
<context>
    <name>StartupSummaryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/week/startup_summary.py" line="57"/>
        <source>Now {0} red and {1} yellow.</source>
        <translation>当前红灯 {0} 项、黄灯 {1} 项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/startup_summary.py" line="63"/>
        <source>Nothing turned red or yellow since the last opening ({0}). {1}</source>
        <translation>自上次打开（{0}）以来没有新变红、变黄的任务；{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/startup_summary.py" line="66"/>
        <source>Since the last opening ({0}): {1} turned red, {2} turned yellow. {3}</source>
        <translation>自上次打开（{0}）以来：新变红 {1} 项、新变黄 {2} 项；{3}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/startup_summary.py" line="82"/>
        <source>On opening the register</source>
        <translation>打开台账提示</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/startup_summary.py" line="95"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/startup_summary.py" line="95"/>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/startup_summary.py" line="95"/>
        <source>Lead department</source>
        <translation>牵头科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/startup_summary.py" line="95"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/startup_summary.py" line="104"/>
        <source>Do not show this again on opening a register (Tools ▸ Light settings brings it back)</source>
        <translation>以后打开台账时不再弹出此提示（可在“工具 ▸ 亮灯设置”中恢复）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/startup_summary.py" line="108"/>
        <source>Show these tasks</source>
        <translation>查看这些任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/startup_summary.py" line="118"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/startup_summary.py" line="136"/>
        <source>Tasks that turned red or yellow</source>
        <translation>新变红、变黄的任务</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="41"/>
        <source>Reminder</source>
        <translation>催办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="42"/>
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="43"/>
        <source>Interview</source>
        <translation>约谈</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="65"/>
        <source>Reminder / supervision / interview</source>
        <translation>催办 / 督办 / 约谈</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="74"/>
        <source>Task:</source>
        <translation>工作任务：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="75"/>
        <source>Lead department:</source>
        <translation>牵头科室：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="84"/>
        <source>Department:</source>
        <translation>督办对象（科室）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="87"/>
        <source>Earlier actions</source>
        <translation>已有记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="92"/>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="92"/>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="92"/>
        <source>Issued</source>
        <translation>下发日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="93"/>
        <source>Reply by</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="93"/>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="242"/>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="93"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="98"/>
        <source>Mark resolved…</source>
        <translation>标记办结…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="105"/>
        <source>New action</source>
        <translation>新的督办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="113"/>
        <source>Kind:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="116"/>
        <source>Number:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="122"/>
        <source>Issued on:</source>
        <translation>下发日期：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="127"/>
        <source>Reply by:</source>
        <translation>反馈期限：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="133"/>
        <source>Text:</source>
        <translation>督办内容：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="142"/>
        <source>Issue</source>
        <translation>下发</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="174"/>
        <source>No light</source>
        <translation>无灯</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="176"/>
        <source>Issue a supervision notice</source>
        <translation>下发督办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="177"/>
        <source>“{0}” is now “{1}”: it is neither overdue nor behind.
Issue a numbered supervision notice anyway?</source>
        <translation>“{0}”当前为“{1}”，不是逾期或滞后事项。
仍要下发编号督办吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="184"/>
        <source>(reminders and interviews are not numbered)</source>
        <translation>（催办、约谈不编号）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="188"/>
        <source>{0} (numbered when issued)</source>
        <translation>{0}（下发时编号）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="199"/>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="205"/>
        <source>Resolution: {0}</source>
        <translation>办结情况：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="232"/>
        <source>Issued: {0}</source>
        <translation>已下发：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="242"/>
        <source>Resolution ({0}):</source>
        <translation>办结情况（{0}）：</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="61"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="61"/>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="62"/>
        <source>Lead department</source>
        <translation>牵头科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="62"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="63"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="63"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="64"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>WeekTable</name>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="332"/>
        <source>This week cannot be filled in (a future week, or the register is read-only).</source>
        <translation>本周次不能填报（未来的周次，或台账只读）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="348"/>
        <source>Pasted {0} cells (not saved yet)</source>
        <translation>已粘贴 {0} 个单元格（尚未保存）</translation>
    </message>
</context>
<context>
    <name>WeekTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="50"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="51"/>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="52"/>
        <source>Lead dept.</source>
        <translation>牵头科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="53"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="54"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="55"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="56"/>
        <source>Done last week</source>
        <translation>上周完成情况</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="57"/>
        <source>Last week&apos;s plan</source>
        <translation>上周工作计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="58"/>
        <source>Done this week</source>
        <translation>本周完成情况</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="59"/>
        <source>Plan for next week</source>
        <translation>下周工作计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="60"/>
        <source>Problems to coordinate</source>
        <translation>存在问题及需协调事项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="61"/>
        <source>% done</source>
        <translation>进度%</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="98"/>
        <source>Progress “{0}” must be a whole number from 0 to 100.</source>
        <translation>进度“{0}”应为 0 到 100 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="439"/>
        <source>Filled in this week: Tab/Enter moves to the next cell, Alt+Enter breaks a line, Ctrl+V pastes</source>
        <translation>本周填写：Tab/回车移到下一格，Alt+回车换行，Ctrl+V 粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="487"/>
        <source>({0})</source>
        <translation>（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="496"/>
        <source>extended to {0}</source>
        <translation>延期至{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="498"/>
        <source> (finished {0})</source>
        <translation>（{0}完成）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="511"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="515"/>
        <source>Nothing reported last week</source>
        <translation>上周没有填报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="516"/>
        <source>Done last week: {0}</source>
        <translation>上周完成情况：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="517"/>
        <source>Plan from last week: {0}</source>
        <translation>上周工作计划：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="518"/>
        <source>Problems: {0}</source>
        <translation>存在问题：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="518"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="520"/>
        <source>Progress: {0}%</source>
        <translation>进度：{0}%</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="523"/>
        <source>No progress entered this week; last week&apos;s in brackets</source>
        <translation>本周未填进度；括号内为上周进度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="525"/>
        <source>★ Key task</source>
        <translation>★ 重点工作</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="614"/>
        <source>Row {0}: {1}</source>
        <translation>第{0}行：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="619"/>
        <source>Nothing was pasted:</source>
        <translation>粘贴未执行：</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="518"/>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="522"/>
        <source>Choose a week</source>
        <translation>选择周次</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="536"/>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="538"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="543"/>
        <source>Lead department:</source>
        <translation>牵头科室：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="551"/>
        <source>All tasks</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="551"/>
        <source>■ Overdue/behind</source>
        <translation>■ 逾期/滞后</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="552"/>
        <source>▲ Warning</source>
        <translation>▲ 预警</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="552"/>
        <source>Not filled in this week</source>
        <translation>本周未填</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="558"/>
        <source>Search tasks, owners, numbers</source>
        <translation>搜索任务、责任人、编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="565"/>
        <source>Carry over last week&apos;s plan</source>
        <translation>沿用上周计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="566"/>
        <source>Put last week&apos;s “plan for next week” into this week&apos;s “done this week” (only the selected rows when several are selected, otherwise every task shown)</source>
        <translation>把上周的“下周工作计划”填入本周完成情况（选中多行时只处理所选行，否则处理当前显示的全部任务）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="568"/>
        <source>Mark finished…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="570"/>
        <source>Request an extension…</source>
        <translation>延期申请…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="572"/>
        <source>Remind/supervise…</source>
        <translation>催办/督办…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="578"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="678"/>
        <source>These tasks are no longer on this week&apos;s sheet (deleted, finished or moved out of this plan); their unsaved entries were dropped: {0}</source>
        <translation>以下任务已不在本周进展中（已删除、已完成或已移出本计划），其未保存的填写已放弃：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="680"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="689"/>
        <source>{0}  year {1}</source>
        <translation>{0}  {1}年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="696"/>
        <source>All departments</source>
        <translation>全部科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="704"/>
        <source>The register was opened read-only: it can be viewed, not filled in.</source>
        <translation>台账以只读方式打开，只能查看，不能填报。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="706"/>
        <source>This plan is closed (its year was turned): it can only be viewed; to correct it, reopen it in File ▸ Plans….</source>
        <translation>该计划已关闭（年度已结转），只能查看；如需更正，请在 文件 ▸ 计划管理 中重新打开。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="709"/>
        <source>This is a future week: it can be viewed, not filled in.</source>
        <translation>这是未来的周次，只能查看，不能填报。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="711"/>
        <source>This is a past week: its progress can be corrected; changes go into the audit trail.</source>
        <translation>这是往周：可以更正已填的进展，修改会记入操作留痕。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="727"/>
        <source>{0} tasks, {1} filled in this week</source>
        <translation>共 {0} 项，本周已填 {1} 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="752"/>
        <source>Save progress</source>
        <translation>保存进展</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="758"/>
        <source>Saved the progress of {0} tasks</source>
        <translation>已保存 {0} 项任务的进展</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="774"/>
        <source>This week&apos;s progress</source>
        <translation>本周进展</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="775"/>
        <source>{0} has unsaved progress. Save it?</source>
        <translation>{0}有未保存的进展，是否保存？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="787"/>
        <source>● Unsaved changes (Ctrl+S saves)</source>
        <translation>● 有未保存的修改（Ctrl+S 保存）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="809"/>
        <source>Carried over last week&apos;s plan for {0} tasks (not saved yet)</source>
        <translation>已沿用上周计划 {0} 项（尚未保存）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="818"/>
        <source>Select the tasks to mark finished first.</source>
        <translation>请先选择要标记完成的任务。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="827"/>
        <source>Mark finished</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="830"/>
        <source>Marked {0} tasks finished</source>
        <translation>已标记完成 {0} 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="835"/>
        <source>Select a task first.</source>
        <translation>请先选择一项任务。</translation>
    </message>
</context>
<context>
    <name>WeeklyCycle</name>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="35"/>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="138"/>
        <source>This week</source>
        <translation>本周进展</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="49"/>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="139"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="144"/>
        <source>Carry over last week&apos;s plan</source>
        <translation>沿用上周计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="145"/>
        <source>Mark finished…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="146"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="155"/>
        <source>Extension request…</source>
        <translation>延期申请…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="156"/>
        <source>Reminder / supervision / interview…</source>
        <translation>催办/督办/约谈…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="159"/>
        <source>Supervise a department…</source>
        <translation>对科室督办…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="170"/>
        <source>Light settings…</source>
        <translation>亮灯设置…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="293"/>
        <source>Now {0} red and {1} yellow.</source>
        <translation>当前红灯 {0} 项、黄灯 {1} 项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="312"/>
        <source>{0}: {1} tasks (View ▸ Clear filter shows all tasks again)</source>
        <translation>{0}：{1} 项（视图 ▸ 清除筛选 可恢复全部任务）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="330"/>
        <location filename="../../desktop_app/ui/week/weekly_cycle.py" line="337"/>
        <source>Select a task first.</source>
        <translation>请先选择一项任务。</translation>
    </message>
</context>
<context>
    <name>YearCalendar</name>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="47"/>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="47"/>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="48"/>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="48"/>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="49"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="49"/>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="50"/>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="50"/>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="51"/>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="51"/>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="52"/>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="52"/>
        <source>December</source>
        <translation>12月</translation>
    </message>
</context>
</TS>
