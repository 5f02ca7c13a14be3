<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</TS>
