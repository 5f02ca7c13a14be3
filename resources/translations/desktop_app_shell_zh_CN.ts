<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_dialog.py" line="39"/>
        <source>备份与恢复</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_dialog.py" line="47"/>
        <source>每天第一次打开台账时自动备份，保留最近 {0} 份。备份位置：{1}
恢复时会先把当前台账另存一份备份，然后用所选备份替换它。</source>
        <translation>每天第一次打开台账时自动备份，保留最近 {0} 份。备份位置：{1}
恢复时会先把当前台账另存一份备份，然后用所选备份替换它。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_dialog.py" line="62"/>
        <source>立即备份</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_dialog.py" line="63"/>
        <source>恢复所选备份…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_dialog.py" line="64"/>
        <source>打开备份文件夹</source>
        <translation>打开备份文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_dialog.py" line="88"/>
        <source>无法读取</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_dialog.py" line="120"/>
        <source>用“{0}”替换当前台账？
当前台账会先另存为一份新的备份，之后仍可恢复。</source>
        <translation>用“{0}”替换当前台账？
当前台账会先另存为一份新的备份，之后仍可恢复。</translation>
    </message>
</context>
<context>
    <name>ClosePage</name>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="285"/>
        <source>第三步：关闭原计划</source>
        <translation>第三步：关闭原计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="287"/>
        <source>关闭原计划“{0}”（只读；其报表和年终考核统计保持不变，可在 文件 ▸ 计划管理 中重新打开）</source>
        <translation>关闭原计划“{0}”（只读；其报表和年终考核统计保持不变，可在 文件 ▸ 计划管理 中重新打开）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="308"/>
        <source>将建立/使用{0}年的计划，结转 {1} 项任务（其中 {2} 项新时限待确认）。全部在一次操作中完成，可用 编辑 ▸ 撤销 整体撤回。</source>
        <translation>将建立/使用{0}年的计划，结转 {1} 项任务（其中 {2} 项新时限待确认）。全部在一次操作中完成，可用 编辑 ▸ 撤销 整体撤回。</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shell/error_dialog.py" line="52"/>
        <source>意外错误 — {0}</source>
        <translation>意外错误 — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/error_dialog.py" line="64"/>
        <source>保存日志…</source>
        <translation>保存日志…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/error_dialog.py" line="65"/>
        <source>复制详细信息</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/error_dialog.py" line="66"/>
        <source>显示详细信息</source>
        <translation>显示详细信息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/error_dialog.py" line="67"/>
        <source>继续工作</source>
        <translation>继续工作</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/error_dialog.py" line="95"/>
        <source>保存日志</source>
        <translation>保存日志</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/error_dialog.py" line="95"/>
        <source>文本文件 (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/error_dialog.py" line="101"/>
        <source>无法保存日志：{0}</source>
        <translation>无法保存日志：{0}</translation>
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
    <name>NewYearWizard</name>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="327"/>
        <source>新年度</source>
        <translation>新年度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="355"/>
        <source>导入功能不可用。</source>
        <translation>导入功能不可用。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="359"/>
        <source>没有导入新年度工作要点，未做改动。</source>
        <translation>没有导入新年度工作要点，未做改动。</translation>
    </message>
</context>
<context>
    <name>PlanManagerDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="38"/>
        <source>计划管理</source>
        <translation>计划管理</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="56"/>
        <source>重命名…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="57"/>
        <source>单位名称…</source>
        <translation>单位名称…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="58"/>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="155"/>
        <source>关闭计划</source>
        <translation>关闭计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="59"/>
        <source>重新打开…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="60"/>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="179"/>
        <source>删除空计划</source>
        <translation>删除空计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="61"/>
        <source>新年度…</source>
        <translation>新年度…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="66"/>
        <source>关闭窗口</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="88"/>
        <source>已关闭（只读）</source>
        <translation>已关闭（只读）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="88"/>
        <source>进行中</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="137"/>
        <source>重命名计划</source>
        <translation>重命名计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="137"/>
        <source>计划标题：</source>
        <translation>计划标题：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="145"/>
        <source>单位名称</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="145"/>
        <source>单位名称（打印在报表上）：</source>
        <translation>单位名称（打印在报表上）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="156"/>
        <source>关闭“{0}”后，其任务、进展和延期都不能再修改，报表按关闭时的数据打印。需要时可重新打开。确定关闭？</source>
        <translation>关闭“{0}”后，其任务、进展和延期都不能再修改，报表按关闭时的数据打印。需要时可重新打开。确定关闭？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="166"/>
        <source>重新打开计划</source>
        <translation>重新打开计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="167"/>
        <source>重新打开“{0}”的原因（记入留痕）：</source>
        <translation>重新打开“{0}”的原因（记入留痕）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="171"/>
        <source>请填写重新打开的原因。</source>
        <translation>请填写重新打开的原因。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="180"/>
        <source>删除空计划“{0}”？</source>
        <translation>删除空计划“{0}”？</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="90"/>
        <source>第一步：新年度的计划</source>
        <translation>第一步：新年度的计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="92"/>
        <source>原计划：{0}</source>
        <translation>原计划：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="98"/>
        <source>新年度：</source>
        <translation>新年度：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="99"/>
        <source>新建空白计划</source>
        <translation>新建空白计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="103"/>
        <source>导入新年度工作要点（完成本向导前先打开导入向导）</source>
        <translation>导入新年度工作要点（完成本向导前先打开导入向导）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="104"/>
        <source>使用已有计划</source>
        <translation>使用已有计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="115"/>
        <source>计划标题：</source>
        <translation>计划标题：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="118"/>
        <source>已有计划：</source>
        <translation>已有计划：</translation>
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
    <name>TasksPage</name>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="130"/>
        <source>第二步：结转未完成的任务</source>
        <translation>第二步：结转未完成的任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="131"/>
        <source>勾选要结转的任务，选择去向，确认新的完成时限（双击“新时限”修改；未修改的标为待确认）。</source>
        <translation>勾选要结转的任务，选择去向，确认新的完成时限（双击“新时限”修改；未修改的标为待确认）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="145"/>
        <source>全选</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="147"/>
        <source>全不选</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="152"/>
        <source>所选行的去向：</source>
        <translation>所选行的去向：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="156"/>
        <source>应用到所选行</source>
        <translation>应用到所选行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="174"/>
        <source>上年结转任务（新建分组）</source>
        <translation>上年结转任务（新建分组）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="195"/>
        <source>上年结转任务</source>
        <translation>上年结转任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="225"/>
        <source>日期看不懂，请写成 2027-06-30</source>
        <translation>日期看不懂，请写成 2027-06-30</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="234"/>
        <source>共 {0} 项未完成的具体任务，已勾选 {1} 项。</source>
        <translation>共 {0} 项未完成的具体任务，已勾选 {1} 项。</translation>
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
