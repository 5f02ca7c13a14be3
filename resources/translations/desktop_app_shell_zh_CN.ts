<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_dialog.py" line="31"/>
        <source>Taken at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_dialog.py" line="32"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_dialog.py" line="33"/>
        <source>Task count</source>
        <translation>任务数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_dialog.py" line="34"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_dialog.py" line="44"/>
        <source>Backups and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_dialog.py" line="52"/>
        <source>The register is backed up when it is first opened each day; the latest {0} backups are kept. Backup folder: {1}
Restoring first saves the current register as one more backup, then replaces it with the chosen one.</source>
        <translation>每天第一次打开台账时自动备份，保留最近 {0} 份。备份位置：{1}
恢复时会先把当前台账另存一份备份，然后用所选备份替换它。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_dialog.py" line="69"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_dialog.py" line="70"/>
        <source>Restore selected backup…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_dialog.py" line="71"/>
        <source>Open backup folder</source>
        <translation>打开备份文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_dialog.py" line="95"/>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_dialog.py" line="127"/>
        <source>Replace the current register with “{0}”?
The current register is first saved as a new backup and can still be restored later.</source>
        <translation>用“{0}”替换当前台账？
当前台账会先另存为一份新的备份，之后仍可恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_dialog.py" line="139"/>
        <source>A register held in memory has no backups.</source>
        <translation>内存中的台账没有备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_dialog.py" line="167"/>
        <source>The register was restored from “{0}”. The register as it was before is kept as the backup “{1}”.</source>
        <translation>已从“{0}”恢复台账。恢复前的台账已备份为“{1}”。</translation>
    </message>
</context>
<context>
    <name>CalendarNotes</name>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="133"/>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="162"/>
        <location filename="../../desktop_app/ui/shell/year_turn.py" line="59"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="140"/>
        <source>No holiday data: Monday–Friday are counted as working days.</source>
        <translation>未收录节假日数据，按周一至周五计算工作日。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="143"/>
        <source>Official holidays and make-up working days of {0}–{1} are included</source>
        <translation>已收录 {0}—{1} 年的法定节假日和调休安排</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="148"/>
        <source> ({0} missing)</source>
        <translation>（缺 {0} 年）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="151"/>
        <source>, {0} of them entered in this register</source>
        <translation>，其中 {0} 年为本台账录入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="153"/>
        <source>; from {0} on there is no holiday data yet and Monday–Friday are counted as working days.</source>
        <translation>；{0} 年起的节假日数据尚未收录，按周一至周五计算工作日。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="163"/>
        <source>year {0}</source>
        <translation>{0}年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="164"/>
        <source>The holiday arrangements of {0} are not entered yet: Monday–Friday are counted as working days for now. They can be entered in Tools ▸ Holiday calendar.</source>
        <translation>{0}的节假日安排尚未录入，暂按周一至周五计算工作日。可在 工具 ▸ 节假日安排 中录入。</translation>
    </message>
</context>
<context>
    <name>ClosePage</name>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="303"/>
        <source>Step 3: close the current plan</source>
        <translation>第三步：关闭原计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="305"/>
        <source>Close the current plan “{0}” (read-only; its reports and year-end figures stay as they are; it can be reopened in File ▸ Plans)</source>
        <translation>关闭原计划“{0}”（只读；其报表和年终考核统计保持不变，可在 文件 ▸ 计划管理 中重新打开）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="326"/>
        <source>The plan of {0} is created or used and {1} tasks are carried over ({2} of them with a new deadline to be confirmed). All of it is one step, taken back whole by Edit ▸ Undo.</source>
        <translation>将建立/使用{0}年的计划，结转 {1} 项任务（其中 {2} 项新时限待确认）。全部在一次操作中完成，可用 编辑 ▸ 撤销 整体撤回。</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shell/error_window.py" line="26"/>
        <source>The program met an unexpected error; this step may not have been completed.

What you were editing is still in the window and is not lost: close this message, carry on working and check the step you just took. If the problem comes back, click “Save log…” and send the log file to whoever looks after the program.</source>
        <translation>程序遇到了一个意外错误，这一步操作可能没有完成。

您正在编辑的内容仍在窗口中，没有丢失：请关闭此提示后继续工作，并检查刚才的操作。如果问题反复出现，请点击“保存日志…”，把日志文件发给维护人员。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/error_window.py" line="41"/>
        <source>Unexpected error — {0}</source>
        <translation>意外错误 — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/error_window.py" line="53"/>
        <source>Save log…</source>
        <translation>保存日志…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/error_window.py" line="54"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/error_window.py" line="55"/>
        <source>Show details</source>
        <translation>显示详细信息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/error_window.py" line="56"/>
        <source>Carry on working</source>
        <translation>继续工作</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/error_window.py" line="84"/>
        <source>Save log</source>
        <translation>保存日志</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/error_window.py" line="84"/>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/error_window.py" line="90"/>
        <source>Could not save the log: {0}</source>
        <translation>无法保存日志：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/error_dialog.py" line="47"/>
        <source> ({0})</source>
        <translation>（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/error_dialog.py" line="49"/>
        <source>A file operation failed: {0}{1}. This step was not completed; please deal with it and try again.</source>
        <translation>文件操作失败：{0}{1}。这一步操作没有完成，请处理后重试。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="39"/>
        <source>{0} (*.db *.sqlite);;All files (*)</source>
        <translation>{0} (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
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
        <location filename="../../desktop_app/ui/shell/main_window.py" line="352"/>
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
        <location filename="../../desktop_app/ui/shell/main_window.py" line="237"/>
        <source>{0} (year {1})</source>
        <translation>{0}（{1}年）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="238"/>
        <source> [closed]</source>
        <translation>［已关闭］</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="239"/>
        <source>{0}{1} · {2} tasks</source>
        <translation>{0}{1} · {2} 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="252"/>
        <source>No plan yet</source>
        <translation>还没有计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="286"/>
        <source>New register</source>
        <translation>新建台账</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="291"/>
        <source>That file exists already; use “Open register”.</source>
        <translation>该文件已存在，请用“打开台账”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="296"/>
        <source>Open register</source>
        <translation>打开台账</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="305"/>
        <source>Could not make the demo register: {0}</source>
        <translation>无法生成示例台账：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="311"/>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="315"/>
        <source>New plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="311"/>
        <source>Plan title:</source>
        <translation>计划标题：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="311"/>
        <source>{0} work plan</source>
        <translation>{0}年工作要点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="315"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="329"/>
        <source>Importing is not available.</source>
        <translation>导入功能尚不可用。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="353"/>
        <source>&lt;h3&gt;督办台账 {0}&lt;/h3&gt;&lt;p&gt;The annual work plan broken into tasks, each assigned to people, its progress supervised every week.&lt;/p&gt;&lt;p&gt;The data is kept in one file on this computer: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;督办台账 {0}&lt;/h3&gt;&lt;p&gt;年度工作任务分解、责任到人、每周督办。&lt;/p&gt;&lt;p&gt;数据保存在本机的一个文件中：{1}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="356"/>
        <source>memory</source>
        <translation>内存</translation>
    </message>
</context>
<context>
    <name>NewYearWizard</name>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="341"/>
        <source>There is no plan number {0}.</source>
        <translation>找不到编号为 {0} 的计划。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="346"/>
        <source>New year</source>
        <translation>新年度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="374"/>
        <source>Importing is not available.</source>
        <translation>导入功能不可用。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="378"/>
        <source>No work plan of the new year was imported; nothing was changed.</source>
        <translation>没有导入新年度工作要点，未做改动。</translation>
    </message>
</context>
<context>
    <name>OpenPrompt</name>
    <message>
        <location filename="../../desktop_app/ui/shell/open_prompt.py" line="50"/>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/open_prompt.py" line="53"/>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/open_prompt.py" line="55"/>
        <location filename="../../desktop_app/ui/shell/open_prompt.py" line="91"/>
        <location filename="../../desktop_app/ui/shell/open_prompt.py" line="126"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/open_prompt.py" line="76"/>
        <source>a moment ago</source>
        <translation>不久前</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/open_prompt.py" line="77"/>
        <source>another user</source>
        <translation>另一位用户</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/open_prompt.py" line="79"/>
        <source>{0} (on computer {1}, open since {2})</source>
        <translation>{0}（电脑 {1}）自 {2} 起</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/open_prompt.py" line="81"/>
        <source>{0} (another window on this computer, open since {1})</source>
        <translation>{0}（本机另一个窗口）自 {1} 起</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/open_prompt.py" line="88"/>
        <source>Waiting for {0} to close the register…
It opens by itself once they close it.</source>
        <translation>正在等待{0}打开的台账被关闭……
对方关闭后将自动打开。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/open_prompt.py" line="123"/>
        <source>Restore from the latest backup</source>
        <translation>从最近的备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/open_prompt.py" line="165"/>
        <source>{0}

Open it read-only (it can be viewed, printed and backed up, not changed)?</source>
        <translation>{0}

以只读方式打开（可以查看、打印和备份，不能修改）？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/open_prompt.py" line="192"/>
        <source>The register was restored from “{0}”. The damaged file is kept as “{1}”.</source>
        <translation>已从“{0}”恢复台账。损坏的原文件保存为“{1}”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/open_prompt.py" line="231"/>
        <source>Today&apos;s automatic backup was not completed: {0}</source>
        <translation>今天的自动备份没有完成：{0}</translation>
    </message>
</context>
<context>
    <name>PlanManagerDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="27"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="28"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="29"/>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="155"/>
        <source>Organisation</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="30"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="31"/>
        <source>Leaf tasks</source>
        <translation>具体任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="32"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="33"/>
        <source>Unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="34"/>
        <source>Carried over</source>
        <translation>上年结转</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="35"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="48"/>
        <source>Plans</source>
        <translation>计划管理</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="66"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="67"/>
        <source>Organisation…</source>
        <translation>单位名称…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="68"/>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="165"/>
        <source>Close plan</source>
        <translation>关闭计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="69"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="70"/>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="190"/>
        <source>Delete empty plan</source>
        <translation>删除空计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="71"/>
        <source>New year…</source>
        <translation>新年度…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="76"/>
        <source>Close window</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="98"/>
        <source>Closed (read-only)</source>
        <translation>已关闭（只读）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="98"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="147"/>
        <source>Rename plan</source>
        <translation>重命名计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="147"/>
        <source>Plan title:</source>
        <translation>计划标题：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="155"/>
        <source>Organisation name (printed on reports):</source>
        <translation>单位名称（打印在报表上）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="166"/>
        <source>Once “{0}” is closed, its tasks, progress and extensions can no longer be changed and reports print its data as they stood when it was closed. It can be reopened when needed. Close it?</source>
        <translation>关闭“{0}”后，其任务、进展和延期都不能再修改，报表按关闭时的数据打印。需要时可重新打开。确定关闭？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="177"/>
        <source>Reopen plan</source>
        <translation>重新打开计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="178"/>
        <source>Why “{0}” is reopened (kept in the history):</source>
        <translation>重新打开“{0}”的原因（记入留痕）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="182"/>
        <source>Please give the reason for reopening.</source>
        <translation>请填写重新打开的原因。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/plan_manager.py" line="191"/>
        <source>Delete the empty plan “{0}”?</source>
        <translation>删除空计划“{0}”？</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="103"/>
        <source>Step 1: the new year&apos;s plan</source>
        <translation>第一步：新年度的计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="105"/>
        <source>Current plan: {0}</source>
        <translation>原计划：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="111"/>
        <source>New year:</source>
        <translation>新年度：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="112"/>
        <source>Create an empty plan</source>
        <translation>新建空白计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="116"/>
        <source>Import the new year&apos;s work plan (the import wizard opens before this one finishes)</source>
        <translation>导入新年度工作要点（完成本向导前先打开导入向导）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="117"/>
        <source>Use an existing plan</source>
        <translation>使用已有计划</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="128"/>
        <source>Plan title:</source>
        <translation>计划标题：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="131"/>
        <source>Existing plan:</source>
        <translation>已有计划：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="136"/>
        <source>{0} work plan</source>
        <translation>{0}年工作要点</translation>
    </message>
</context>
<context>
    <name>RegisterSettings</name>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="23"/>
        <source>Organisation and sign-off</source>
        <translation>单位与签署</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="24"/>
        <source>Light rules</source>
        <translation>亮灯规则</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="25"/>
        <source>Forms and supervision</source>
        <translation>填报与督办</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="26"/>
        <source>Supervision notice</source>
        <translation>督办通知单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="27"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="32"/>
        <source>Organisation name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="33"/>
        <source>Prepared by</source>
        <translation>制表人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="34"/>
        <source>Reviewed by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="35"/>
        <source>Behind scheduled progress by (red)</source>
        <translation>落后序时进度达到（红灯）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="36"/>
        <source>Behind scheduled progress by (yellow)</source>
        <translation>落后序时进度达到（黄灯）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="37"/>
        <source>Deadline closer than (due soon, yellow)</source>
        <translation>距完成时限不足（临期，黄灯）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="39"/>
        <source>Long-term/weekly task without a report for (yellow)</source>
        <translation>长期/每周任务连续未报送（黄灯）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="41"/>
        <source>Long-term/weekly task without a report for (red)</source>
        <translation>长期/每周任务连续未报送（红灯）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="43"/>
        <source>On opening a register, list the tasks newly red or yellow</source>
        <translation>打开台账时提示新变红、变黄的任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="45"/>
        <source>Forms due back (each week) on</source>
        <translation>填报表报送时限（每周）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="46"/>
        <source>Supervision reply within</source>
        <translation>督办回复期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="47"/>
        <source>Issuing authority</source>
        <translation>发文机关标志</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="48"/>
        <source>Authority code</source>
        <translation>机关代字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="49"/>
        <source>Signed</source>
        <translation>落款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="50"/>
        <source>Body template</source>
        <translation>正文模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="51"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="52"/>
        <source>Backups kept</source>
        <translation>保留备份份数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="57"/>
        <source>The organisation&apos;s name on report titles, notices and forms</source>
        <translation>报表标题、通知单和填报表上的单位名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="59"/>
        <source>The “Prepared by” line under printed reports</source>
        <translation>打印的报表下方“制表人”一栏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="61"/>
        <source>The “Reviewed by” line under printed reports</source>
        <translation>打印的报表下方“审核人”一栏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="63"/>
        <source>The default due date of new forms: this day, or the first working day after it</source>
        <translation>生成填报表时默认的报送截止日：此日或其后第一个工作日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="66"/>
        <source>Left empty: the organisation name</source>
        <translation>留空则用单位名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="67"/>
        <source>The code that starts a notice&apos;s number, before the year in brackets</source>
        <translation>发文字号中的代字，如 督办〔2026〕12号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="69"/>
        <source>Left empty: a backup folder beside the register</source>
        <translation>留空则为台账旁的“备份”文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="75"/>
        <source>points</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="76"/>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="77"/>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="78"/>
        <source>copies</source>
        <translation>份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="83"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="84"/>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="85"/>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="86"/>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="87"/>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="88"/>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="89"/>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="95"/>
        <source>the work plan relied on, by its title</source>
        <translation>所依据的工作要点，如《示范县教育局2026年工作要点》</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="96"/>
        <source>the department addressed</source>
        <translation>主送科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="97"/>
        <source>how many tasks the notice lists</source>
        <translation>通知单列出的任务项数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="98"/>
        <source>the overdue or lagging tasks, one paragraph each (on a line of its own)</source>
        <translation>逾期或滞后的任务，每项一段（须单独占一行）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/setting_texts.py" line="100"/>
        <source>the date the result is due back, e.g. 25 November</source>
        <translation>报送办理结果的期限，如11月25日</translation>
    </message>
</context>
<context>
    <name>RolloverCommand</name>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="70"/>
        <source>New year ({0})</source>
        <translation>新年度（{0}年）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="54"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="64"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="85"/>
        <source>The register is open read-only: its settings can only be viewed.</source>
        <translation>台账以只读方式打开，台账设置只能查看。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="105"/>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="117"/>
        <source>Enter holiday arrangements…</source>
        <translation>录入节假日安排…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="126"/>
        <source>Working-day calendar:</source>
        <translation>工作日历：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="130"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="131"/>
        <source>{0} · {1}</source>
        <comment>fields of a notice</comment>
        <translation>{0}&#x3000;{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="132"/>
        <source>Fields the body may use — </source>
        <translation>正文可用字段——</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="187"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="195"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="207"/>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/settings_dialog.py" line="208"/>
        <source>A new language takes effect when the program is started again.</source>
        <translation>更改语言后，重新启动程序生效。</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="50"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="51"/>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="52"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="53"/>
        <source>Lead department</source>
        <translation>牵头科室</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="54"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="55"/>
        <source>Latest report</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="56"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="57"/>
        <source>Old deadline</source>
        <translation>原时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="58"/>
        <source>New deadline</source>
        <translation>新时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="59"/>
        <source>Goes to</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="143"/>
        <source>Step 2: carry over the unfinished tasks</source>
        <translation>第二步：结转未完成的任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="144"/>
        <source>Tick the tasks to carry over, choose where each goes and confirm its new deadline (double-click “New deadline” to change it; one left unchanged is marked to be confirmed).</source>
        <translation>勾选要结转的任务，选择去向，确认新的完成时限（双击“新时限”修改；未修改的标为待确认）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="159"/>
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="161"/>
        <source>Untick all</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="166"/>
        <source>Selected rows go to:</source>
        <translation>所选行的去向：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="170"/>
        <source>Apply to selected rows</source>
        <translation>应用到所选行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="188"/>
        <source>{0} (new section)</source>
        <translation>{0}（新建分组）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="205"/>
        <source>to be confirmed</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="239"/>
        <source>Date not understood; write it as 2027-06-30</source>
        <translation>日期看不懂，请写成 2027-06-30</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="248"/>
        <source>{0} (to be confirmed)</source>
        <translation>{0}（待确认）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/new_year_wizard.py" line="252"/>
        <source>{0} unfinished leaf tasks, {1} ticked.</source>
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
        <location filename="../../desktop_app/ui/shell/year_turn.py" line="22"/>
        <source>New year…</source>
        <translation>新年度…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/year_turn.py" line="23"/>
        <source>Plans…</source>
        <translation>计划管理…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/year_turn.py" line="24"/>
        <source>Holiday calendar…</source>
        <translation>节假日安排…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/year_turn.py" line="60"/>
        <source>No holiday data for {0}: Monday–Friday counted as working days &lt;a href=&quot;holidays&quot;&gt;Enter the holiday arrangements&lt;/a&gt;</source>
        <translation>{0}年无节假日数据，按周一至周五计算 &lt;a href=&quot;holidays&quot;&gt;录入节假日安排&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/year_turn.py" line="111"/>
        <source>There is no plan yet.</source>
        <translation>还没有计划。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/year_turn.py" line="134"/>
        <source>{0} tasks carried over to {1}.</source>
        <translation>已结转 {0} 项任务至{1}年。</translation>
    </message>
</context>
</TS>
