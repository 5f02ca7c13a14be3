<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop_app/ui/common/background.py" line="62"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
