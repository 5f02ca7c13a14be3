<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExportFormsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="84"/>
        <source>生成填报表</source>
        <translation>生成填报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="90"/>
        <source>周次：</source>
        <translation>周次：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="94"/>
        <source>报送截止：</source>
        <translation>报送截止：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="103"/>
        <source>全选</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="103"/>
        <source>全不选</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="108"/>
        <source>同时列出配合的任务（仅供参考，由牵头科室填报）</source>
        <translation>同时列出配合的任务（仅供参考，由牵头科室填报）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="110"/>
        <source>浏览…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="116"/>
        <source>生成</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="117"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="122"/>
        <source>科室：</source>
        <translation>科室：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="126"/>
        <source>保存到文件夹：</source>
        <translation>保存到文件夹：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="145"/>
        <source>保存填报表的文件夹</source>
        <translation>保存填报表的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="160"/>
        <source>请至少选择一个科室。</source>
        <translation>请至少选择一个科室。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="163"/>
        <source>请选择保存填报表的文件夹。</source>
        <translation>请选择保存填报表的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="169"/>
        <source>正在生成填报表…</source>
        <translation>正在生成填报表…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="180"/>
        <source>已生成 {0} 份填报表。</source>
        <translation>已生成 {0} 份填报表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="182"/>
        <source>
没有待填报任务、未生成：{0}</source>
        <translation>
没有待填报任务、未生成：{0}</translation>
    </message>
</context>
<context>
    <name>ImportFormsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="204"/>
        <source>导入填报表</source>
        <translation>导入填报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="207"/>
        <source>添加文件…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="209"/>
        <source>添加文件夹…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="211"/>
        <source>清空</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="214"/>
        <source>按填报表的周次</source>
        <translation>按填报表的周次</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="218"/>
        <source>同一科室交了多份时，以最新的一份为准</source>
        <translation>同一科室交了多份时，以最新的一份为准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="224"/>
        <source>导入周次：</source>
        <translation>导入周次：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="228"/>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="317"/>
        <source>请添加各科室交回的填报表（可一次选择多个文件、整个文件夹，或直接拖到这里）。</source>
        <translation>请添加各科室交回的填报表（可一次选择多个文件、整个文件夹，或直接拖到这里）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="232"/>
        <source>文件 / 行</source>
        <translation>文件 / 行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="232"/>
        <source>科室 / 任务</source>
        <translation>科室 / 任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="232"/>
        <source>变更与问题</source>
        <translation>变更与问题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="237"/>
        <source>红色为错误：有错误的文件整份不导入，请科室改正后重新报送。取消勾选文件则本次不导入该文件。黄色底纹为冲突：勾选则采用表中内容，不勾选则保留台账中的内容。</source>
        <translation>红色为错误：有错误的文件整份不导入，请科室改正后重新报送。取消勾选文件则本次不导入该文件。黄色底纹为冲突：勾选则采用表中内容，不勾选则保留台账中的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="242"/>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="243"/>
        <source>应用</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="257"/>
        <source>选择填报表</source>
        <translation>选择填报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="258"/>
        <source>填报表 (*.xlsx *.xlsm);;所有文件 (*)</source>
        <translation>填报表 (*.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="265"/>
        <source>选择存放填报表的文件夹</source>
        <translation>选择存放填报表的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="284"/>
        <source>正在读取填报表…</source>
        <translation>正在读取填报表…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="331"/>
        <source>（未能确定）</source>
        <translation>（未能确定）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="332"/>
        <source>导入周次：{0}。共 {1} 个文件：将导入 {2} 个，拒绝 {3} 个，其余不导入。</source>
        <translation>导入周次：{0}。共 {1} 个文件：将导入 {2} 个，拒绝 {3} 个，其余不导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="335"/>
        <source>
尚未收到（{0} 个科室）：{1}</source>
        <translation>
尚未收到（{0} 个科室）：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="357"/>
        <source>第{0}行</source>
        <translation>第{0}行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="357"/>
        <source>整个文件</source>
        <translation>整个文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="358"/>
        <source>错误</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="358"/>
        <source>提示</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="368"/>
        <source>第{0}行 {1}</source>
        <translation>第{0}行 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="378"/>
        <source>冲突：采用表中内容</source>
        <translation>冲突：采用表中内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="379"/>
        <source>台账中“{0}”；表中“{1}”</source>
        <translation>台账中“{0}”；表中“{1}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="414"/>
        <source>已导入 {0}：{1} 行</source>
        <translation>已导入 {0}：{1} 行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="415"/>
        <source>未导入 {0}：{1}</source>
        <translation>未导入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/forms_dialogs.py" line="416"/>
        <source>没有可导入的内容。</source>
        <translation>没有可导入的内容。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="95"/>
        <source>报表</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="102"/>
        <source>报表：</source>
        <translation>报表：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="110"/>
        <source>列（勾选打印）</source>
        <translation>列（勾选打印）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="110"/>
        <source>宽度比例</source>
        <translation>宽度比例</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="113"/>
        <source>列与列宽</source>
        <translation>列与列宽</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="116"/>
        <source>恢复默认列</source>
        <translation>恢复默认列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="121"/>
        <source>打印预览…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="122"/>
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="123"/>
        <source>导出PDF…</source>
        <translation>导出PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="124"/>
        <source>导出Excel…</source>
        <translation>导出Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="125"/>
        <source>导出Word…</source>
        <translation>导出Word…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="126"/>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="153"/>
        <source>全部计划</source>
        <translation>全部计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="157"/>
        <source>计划：</source>
        <translation>计划：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="164"/>
        <source>周次：</source>
        <translation>周次：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="168"/>
        <source>月份：</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="173"/>
        <source> 年</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="174"/>
        <source>年度：</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="177"/>
        <source>全年</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="177"/>
        <source>上半年</source>
        <translation>上半年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="177"/>
        <source>下半年</source>
        <translation>下半年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="179"/>
        <source>期间：</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="182"/>
        <source>全部科室</source>
        <translation>全部科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="185"/>
        <source>牵头科室：</source>
        <translation>牵头科室：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="188"/>
        <source>全部任务</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="188"/>
        <source>只含红灯、黄灯</source>
        <translation>只含红灯、黄灯</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="189"/>
        <source>只含重点工作</source>
        <translation>只含重点工作</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="191"/>
        <source>范围：</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="194"/>
        <source>按牵头科室</source>
        <translation>按牵头科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="195"/>
        <source>按计划大项</source>
        <translation>按计划大项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="196"/>
        <source>分组：</source>
        <translation>分组：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="198"/>
        <source>组内红灯、黄灯排在前面</source>
        <translation>组内红灯、黄灯排在前面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="203"/>
        <source>每个科室一份</source>
        <translation>每个科室一份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="204"/>
        <source>每项任务一份</source>
        <translation>每项任务一份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="205"/>
        <source>通知单：</source>
        <translation>通知单：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="207"/>
        <source>打印或导出时登记为正式督办（占用督办编号）</source>
        <translation>打印或导出时登记为正式督办（占用督办编号）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="213"/>
        <source>统计日期：</source>
        <translation>统计日期：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="326"/>
        <source>请至少勾选一列。</source>
        <translation>请至少勾选一列。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="335"/>
        <source>打印预览 — {0}</source>
        <translation>打印预览 — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="391"/>
        <source>导出PDF</source>
        <translation>导出PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="397"/>
        <source>导出Excel</source>
        <translation>导出Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="403"/>
        <source>导出Word</source>
        <translation>导出Word</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="419"/>
        <source>无法写入“{0}”：{1}。文件可能正在 WPS 或 Excel 中打开。</source>
        <translation>无法写入“{0}”：{1}。文件可能正在 WPS 或 Excel 中打开。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/output/report_dialog.py" line="422"/>
        <source>已导出：{0}</source>
        <translation>已导出：{0}</translation>
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
</TS>
