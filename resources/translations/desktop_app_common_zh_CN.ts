<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Background</name>
    <message>
        <location filename="../../desktop_app/ui/common/background.py" line="62"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="73"/>
        <source>{month}/{day}</source>
        <translation>{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="74"/>
        <source>{month}/{day}/{year}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="85"/>
        <source>M/d/yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="93"/>
        <source>Week {0} ({1}–{2})</source>
        <translation>第{0}周（{1}—{2}）</translation>
    </message>
</context>
<context>
    <name>Light</name>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="20"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="21"/>
        <source>Behind</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="22"/>
        <source>Due soon</source>
        <translation>临期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="23"/>
        <location filename="../../desktop_app/ui/common/words.py" line="35"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="24"/>
        <location filename="../../desktop_app/ui/common/words.py" line="36"/>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="25"/>
        <location filename="../../desktop_app/ui/common/words.py" line="37"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="26"/>
        <source>Finished late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="27"/>
        <location filename="../../desktop_app/ui/common/words.py" line="38"/>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="28"/>
        <source>Paused</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="29"/>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="30"/>
        <location filename="../../desktop_app/ui/common/words.py" line="39"/>
        <source>To be confirmed</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="34"/>
        <source>Overdue/behind</source>
        <translation>逾期/滞后</translation>
    </message>
</context>
<context>
    <name>LightDetail</name>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="119"/>
        <source>No progress reported for {0} week(s) ({1})</source>
        <translation>已连续{0}周未报送进展（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="120"/>
        <source>No progress reported for {0} month(s) ({1})</source>
        <translation>已连续{0}个月未报送进展（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="121"/>
        <source>No progress reported for {0} quarter(s) ({1})</source>
        <translation>已连续{0}个季度未报送进展（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="122"/>
        <source>No progress reported for {0} year(s) ({1})</source>
        <translation>已连续{0}年未报送进展（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="100"/>
        <source>Cancelled, not counted</source>
        <translation>已取消，不计入统计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="101"/>
        <source>Paused, not counted</source>
        <translation>已暂缓，不计入统计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="105"/>
        <source>Deadline to be confirmed</source>
        <translation>完成时限待确认</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="106"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="123"/>
        <source>No sub-tasks</source>
        <translation>没有下级任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="110"/>
        <source>Start date unknown: no expected progress</source>
        <translation>开始日期未知，无法计算序时进度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="116"/>
        <source>No progress reported yet</source>
        <translation>尚未报送过进展</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="118"/>
        <source>Progress never reported</source>
        <translation>从未报送进展</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="102"/>
        <source>Starts on {0}</source>
        <translation>计划于{0}开始</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="103"/>
        <source>Past the deadline ({0}) by {1} days</source>
        <translation>已超过完成时限（{0}）{1}天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="107"/>
        <source>Finished on {0}</source>
        <translation>{0}完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="108"/>
        <source>Finished on {0}, {1} days late</source>
        <translation>{0}完成，超过时限{1}天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="109"/>
        <source>Finished on {0}, within the extended deadline</source>
        <translation>{0}完成，在延期后的时限内</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="115"/>
        <source>{1} working days left to the deadline ({0}); {2}</source>
        <translation>距完成时限（{0}）还有{1}个工作日；{2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="114"/>
        <source>Due today; {0}</source>
        <translation>今天到期；{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="117"/>
        <source>Last report: {0}</source>
        <translation>最近一次报送：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="124"/>
        <source>All {0} sub-tasks paused or cancelled</source>
        <translation>下级任务{0}项均已暂缓或取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="125"/>
        <source>{0} sub-tasks: {1}</source>
        <translation>下级任务{0}项：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="111"/>
        <source>Expected progress {0}%, none reported</source>
        <translation>序时进度{0}%，尚未填报进度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="112"/>
        <source>Expected progress {0}%, actual {1}%</source>
        <translation>序时进度{0}%，实际{1}%</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="113"/>
        <source>, {0} points behind</source>
        <translation>，落后{0}个百分点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="104"/>
        <source> (extended, originally due {0})</source>
        <translation>（已延期，原时限{0}）</translation>
    </message>
</context>
<context>
    <name>Rollover</name>
    <message>
        <location filename="../../desktop_app/ui/common/helpers.py" line="56"/>
        <source>carried over to {0}</source>
        <translation>已结转至{0}年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/helpers.py" line="57"/>
        <source>carried over</source>
        <translation>已结转</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/helpers.py" line="67"/>
        <source>carried over from “{0}”: {1}</source>
        <translation>上年结转自“{0}”：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/helpers.py" line="72"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
</TS>
