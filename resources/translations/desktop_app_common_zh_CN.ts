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
        <location filename="../../desktop_app/ui/common/words.py" line="67"/>
        <source>{month}/{day}</source>
        <translation>{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="68"/>
        <source>{month}/{day}/{year}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="79"/>
        <source>M/d/yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/words.py" line="87"/>
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
    <name>Rollover</name>
    <message>
        <location filename="../../desktop_app/ui/common/helpers.py" line="55"/>
        <source>carried over to {0}</source>
        <translation>已结转至{0}年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/helpers.py" line="56"/>
        <source>carried over</source>
        <translation>已结转</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/helpers.py" line="66"/>
        <source>carried over from “{0}”: {1}</source>
        <translation>上年结转自“{0}”：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/common/helpers.py" line="71"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
</TS>
