<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="250"/>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="256"/>
        <source>任务状态（末级任务）</source>
        <translation>任务状态（末级任务）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="267"/>
        <source>需要关注</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="283"/>
        <source>各科室完成情况（点击科室查看其任务）</source>
        <translation>各科室完成情况（点击科室查看其任务）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="322"/>
        <source>总览 · 截至{0} · {1}</source>
        <translation>总览 · 截至{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="338"/>
        <source>逾期未完成</source>
        <translation>逾期未完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="339"/>
        <source>本周到期</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="340"/>
        <source>下周到期</source>
        <translation>下周到期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="341"/>
        <source>{0}周以上未报送</source>
        <translation>{0}周以上未报送</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="356"/>
        <source>{0}牵头的任务</source>
        <translation>{0}牵头的任务</translation>
    </message>
</context>
<context>
    <name>DepartmentBars</name>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="174"/>
        <source>牵头科室</source>
        <translation>牵头科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="175"/>
        <source>完成率（已完成/任务数）</source>
        <translation>完成率（已完成/任务数）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="175"/>
        <source>按时完成率（按原时限）</source>
        <translation>按时完成率（按原时限）</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="42"/>
        <source>延期申请</source>
        <translation>延期申请</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="52"/>
        <source>工作任务：</source>
        <translation>工作任务：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="53"/>
        <source>牵头科室：</source>
        <translation>牵头科室：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="55"/>
        <source>当前完成时限：</source>
        <translation>当前完成时限：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="58"/>
        <source>统计按原完成时限计算按时完成率</source>
        <translation>统计按原完成时限计算按时完成率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="59"/>
        <source>原完成时限：</source>
        <translation>原完成时限：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="65"/>
        <source>新的完成时限：</source>
        <translation>新的完成时限：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="68"/>
        <source>延期理由（必填）</source>
        <translation>延期理由（必填）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="70"/>
        <source>延期理由：</source>
        <translation>延期理由：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="74"/>
        <source>批准人（必填）</source>
        <translation>批准人（必填）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="75"/>
        <source>批准人：</source>
        <translation>批准人：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="76"/>
        <source>办公室特批（完成时限已过，仍予延期；记入操作留痕）</source>
        <translation>办公室特批（完成时限已过，仍予延期；记入操作留痕）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="82"/>
        <source>完成时限已过，按规定不能再申请延期，确需延期须经办公室特批。</source>
        <translation>完成时限已过，按规定不能再申请延期，确需延期须经办公室特批。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="92"/>
        <source>确定延期</source>
        <translation>确定延期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/extension_dialog.py" line="98"/>
        <source>未设定</source>
        <translation>未设定</translation>
    </message>
</context>
<context>
    <name>FigureButton</name>
    <message>
        <location filename="../../desktop_app/ui/week/dashboard.py" line="127"/>
        <source>查看这 {0} 项任务</source>
        <translation>查看这 {0} 项任务</translation>
    </message>
</context>
<context>
    <name>FinishDateDialog</name>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="467"/>
        <source>标记完成</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="469"/>
        <source>将所选 {0} 项任务标记为已完成。</source>
        <translation>将所选 {0} 项任务标记为已完成。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="475"/>
        <source>完成日期：</source>
        <translation>完成日期：</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="141"/>
        <source>节假日安排</source>
        <translation>节假日安排</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="146"/>
        <source>年度：</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="176"/>
        <source>粘贴《国务院办公厅关于XXXX年部分节假日安排的通知》全文：</source>
        <translation>粘贴《国务院办公厅关于XXXX年部分节假日安排的通知》全文：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="182"/>
        <source>如：二、春节：2月15日（周日）至23日（周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。</source>
        <translation>如：二、春节：2月15日（周日）至23日（周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="185"/>
        <source>解析预览</source>
        <translation>解析预览</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="188"/>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="192"/>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="293"/>
        <source>清除本年录入</source>
        <translation>清除本年录入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="203"/>
        <source>与周一至周五不同的日子：</source>
        <translation>与周一至周五不同的日子：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="207"/>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="243"/>
        <source>{0}年节假日数据来源：{1}</source>
        <translation>{0}年节假日数据来源：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="244"/>
        <source>{0}年（当前使用的日历）</source>
        <translation>{0}年（当前使用的日历）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="268"/>
        <source>预览（尚未保存）：{0}年放假 {1} 天，调休上班 {2} 天</source>
        <translation>预览（尚未保存）：{0}年放假 {1} 天，调休上班 {2} 天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="290"/>
        <source>{0}年没有本台账录入的节假日安排。</source>
        <translation>{0}年没有本台账录入的节假日安排。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/holiday_dialog.py" line="294"/>
        <source>清除本台账录入的{0}年节假日安排？之后按程序内置数据或周一至周五计算。</source>
        <translation>清除本台账录入的{0}年节假日安排？之后按程序内置数据或周一至周五计算。</translation>
    </message>
</context>
<context>
    <name>StartupSummaryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/week/startup_summary.py" line="78"/>
        <source>打开台账提示</source>
        <translation>打开台账提示</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/startup_summary.py" line="91"/>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/startup_summary.py" line="91"/>
        <source>工作任务</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/startup_summary.py" line="91"/>
        <source>牵头科室</source>
        <translation>牵头科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/startup_summary.py" line="91"/>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/startup_summary.py" line="99"/>
        <source>以后打开台账时不再弹出此提示（可在“工具 ▸ 亮灯设置”中恢复）</source>
        <translation>以后打开台账时不再弹出此提示（可在“工具 ▸ 亮灯设置”中恢复）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/startup_summary.py" line="103"/>
        <source>查看这些任务</source>
        <translation>查看这些任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/startup_summary.py" line="113"/>
        <source>已删除</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/startup_summary.py" line="131"/>
        <source>新变红、变黄的任务</source>
        <translation>新变红、变黄的任务</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="58"/>
        <source>催办 / 督办 / 约谈</source>
        <translation>催办 / 督办 / 约谈</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="67"/>
        <source>工作任务：</source>
        <translation>工作任务：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="68"/>
        <source>牵头科室：</source>
        <translation>牵头科室：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="77"/>
        <source>督办对象（科室）：</source>
        <translation>督办对象（科室）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="80"/>
        <source>已有记录</source>
        <translation>已有记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="85"/>
        <source>方式</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="85"/>
        <source>文号</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="85"/>
        <source>下发日期</source>
        <translation>下发日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="86"/>
        <source>反馈期限</source>
        <translation>反馈期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="86"/>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="225"/>
        <source>办结</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="86"/>
        <source>内容</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="91"/>
        <source>标记办结…</source>
        <translation>标记办结…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="98"/>
        <source>新的督办</source>
        <translation>新的督办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="105"/>
        <source>方式：</source>
        <translation>方式：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="108"/>
        <source>文号：</source>
        <translation>文号：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="114"/>
        <source>下发日期：</source>
        <translation>下发日期：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="119"/>
        <source>反馈期限：</source>
        <translation>反馈期限：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="125"/>
        <source>督办内容：</source>
        <translation>督办内容：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="134"/>
        <source>下发</source>
        <translation>下发</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="145"/>
        <source>请你科室对牵头的逾期、滞后事项逐项说明原因，提出整改措施，按期报送局办公室。</source>
        <translation>请你科室对牵头的逾期、滞后事项逐项说明原因，提出整改措施，按期报送局办公室。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="148"/>
        <source>未设定</source>
        <translation>未设定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="149"/>
        <source>需加快推进</source>
        <translation>需加快推进</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="150"/>
        <source>“{0}”（完成时限：{1}）{2}。根据局督查督办工作要求，现将该事项转你科室办理，请按反馈期限将办理结果报送局办公室。</source>
        <translation>“{0}”（完成时限：{1}）{2}。根据局督查督办工作要求，现将该事项转你科室办理，请按反馈期限将办理结果报送局办公室。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="161"/>
        <source>无灯</source>
        <translation>无灯</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="163"/>
        <source>下发督办</source>
        <translation>下发督办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="164"/>
        <source>“{0}”当前为“{1}”，不是逾期或滞后事项。
仍要下发编号督办吗？</source>
        <translation>“{0}”当前为“{1}”，不是逾期或滞后事项。
仍要下发编号督办吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="170"/>
        <source>（催办、约谈不编号）</source>
        <translation>（催办、约谈不编号）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="174"/>
        <source>{0}（下发时编号）</source>
        <translation>{0}（下发时编号）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="216"/>
        <source>已下发：{0}</source>
        <translation>已下发：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/supervision_dialog.py" line="225"/>
        <source>办结情况（{0}）：</source>
        <translation>办结情况（{0}）：</translation>
    </message>
</context>
<context>
    <name>WeekTable</name>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="331"/>
        <source>本周次不能填报（未来的周次，或台账只读）。</source>
        <translation>本周次不能填报（未来的周次，或台账只读）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="347"/>
        <source>已粘贴 {0} 个单元格（尚未保存）</source>
        <translation>已粘贴 {0} 个单元格（尚未保存）</translation>
    </message>
</context>
<context>
    <name>WeekTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="288"/>
        <source>本周填写：Tab/回车移到下一格，Alt+回车换行，Ctrl+V 粘贴</source>
        <translation>本周填写：Tab/回车移到下一格，Alt+回车换行，Ctrl+V 粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="367"/>
        <source>上周没有填报</source>
        <translation>上周没有填报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_model.py" line="372"/>
        <source>本周未填进度；括号内为上周进度</source>
        <translation>本周未填进度；括号内为上周进度</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="517"/>
        <source>上一周</source>
        <translation>上一周</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="521"/>
        <source>选择周次</source>
        <translation>选择周次</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="535"/>
        <source>下一周</source>
        <translation>下一周</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="537"/>
        <source>本周</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="542"/>
        <source>牵头科室：</source>
        <translation>牵头科室：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="550"/>
        <source>全部任务</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="550"/>
        <source>■ 逾期/滞后</source>
        <translation>■ 逾期/滞后</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="551"/>
        <source>▲ 预警</source>
        <translation>▲ 预警</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="551"/>
        <source>本周未填</source>
        <translation>本周未填</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="557"/>
        <source>搜索任务、责任人、编号</source>
        <translation>搜索任务、责任人、编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="564"/>
        <source>沿用上周计划</source>
        <translation>沿用上周计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="565"/>
        <source>把上周的“下周工作计划”填入本周完成情况（选中多行时只处理所选行，否则处理当前显示的全部任务）</source>
        <translation>把上周的“下周工作计划”填入本周完成情况（选中多行时只处理所选行，否则处理当前显示的全部任务）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="566"/>
        <source>标记完成…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="568"/>
        <source>延期申请…</source>
        <translation>延期申请…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="570"/>
        <source>催办/督办…</source>
        <translation>催办/督办…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="576"/>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="673"/>
        <source>以下任务已不在本周进展中（已删除、已完成或已移出本计划），其未保存的填写已放弃：{0}</source>
        <translation>以下任务已不在本周进展中（已删除、已完成或已移出本计划），其未保存的填写已放弃：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="688"/>
        <source>全部科室</source>
        <translation>全部科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="696"/>
        <source>台账以只读方式打开，只能查看，不能填报。</source>
        <translation>台账以只读方式打开，只能查看，不能填报。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="698"/>
        <source>该计划已关闭（年度已结转），只能查看；如需更正，请在 文件 ▸ 计划管理 中重新打开。</source>
        <translation>该计划已关闭（年度已结转），只能查看；如需更正，请在 文件 ▸ 计划管理 中重新打开。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="700"/>
        <source>这是未来的周次，只能查看，不能填报。</source>
        <translation>这是未来的周次，只能查看，不能填报。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="702"/>
        <source>这是往周：可以更正已填的进展，修改会记入操作留痕。</source>
        <translation>这是往周：可以更正已填的进展，修改会记入操作留痕。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="718"/>
        <source>共 {0} 项，本周已填 {1} 项</source>
        <translation>共 {0} 项，本周已填 {1} 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="743"/>
        <source>保存进展</source>
        <translation>保存进展</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="749"/>
        <source>已保存 {0} 项任务的进展</source>
        <translation>已保存 {0} 项任务的进展</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="765"/>
        <source>本周进展</source>
        <translation>本周进展</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="766"/>
        <source>{0}有未保存的进展，是否保存？</source>
        <translation>{0}有未保存的进展，是否保存？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="778"/>
        <source>● 有未保存的修改（Ctrl+S 保存）</source>
        <translation>● 有未保存的修改（Ctrl+S 保存）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="800"/>
        <source>已沿用上周计划 {0} 项（尚未保存）</source>
        <translation>已沿用上周计划 {0} 项（尚未保存）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="809"/>
        <source>请先选择要标记完成的任务。</source>
        <translation>请先选择要标记完成的任务。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="818"/>
        <source>标记完成</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="821"/>
        <source>已标记完成 {0} 项</source>
        <translation>已标记完成 {0} 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/week/week_view.py" line="826"/>
        <source>请先选择一项任务。</source>
        <translation>请先选择一项任务。</translation>
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
</TS>
