<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="151"/>
        <source>作为分组标题保留（本身不是任务，下级任务会导入）</source>
        <translation>作为分组标题保留（本身不是任务，下级任务会导入）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_preview_model.py" line="157"/>
        <source>完成时限不明确，请核对后填写（如“6月底前”“每月”“长期坚持”）。</source>
        <translation>完成时限不明确，请核对后填写（如“6月底前”“每月”“长期坚持”）。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="459"/>
        <source>导入工作要点</source>
        <translation>导入工作要点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="461"/>
        <source>下一步 &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="462"/>
        <source>&lt; 上一步</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="463"/>
        <source>导入</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="464"/>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="480"/>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="480"/>
        <source>正在导入…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="218"/>
        <source>核对任务</source>
        <translation>核对任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="219"/>
        <source>勾选要导入的任务；可调整层级、修改标题和完成时限（黄色为待确认）。</source>
        <translation>勾选要导入的任务；可调整层级、修改标题和完成时限（黄色为待确认）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="223"/>
        <source>未定</source>
        <translation>未定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="239"/>
        <source>升级 (Ctrl+←)</source>
        <translation>升级 (Ctrl+←)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="240"/>
        <source>降级 (Ctrl+→)</source>
        <translation>降级 (Ctrl+→)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="241"/>
        <source>全部勾选</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="242"/>
        <source>全部不选</source>
        <translation>全部不选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="243"/>
        <source>全部展开</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="252"/>
        <source>文中的单位</source>
        <translation>文中的单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="252"/>
        <source>出现次数</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="252"/>
        <source>处理</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="257"/>
        <source>科室对应（目录中没有或写法不同的单位）</source>
        <translation>科室对应（目录中没有或写法不同的单位）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="261"/>
        <source>计划标题：</source>
        <translation>计划标题：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="263"/>
        <source>年度：</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="337"/>
        <source>共 {0} 项，勾选 {1} 项</source>
        <translation>共 {0} 项，勾选 {1} 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="339"/>
        <source>，完成时限待确认 {0} 项</source>
        <translation>，完成时限待确认 {0} 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="356"/>
        <source>添加为新科室“{0}”</source>
        <translation>添加为新科室“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="362"/>
        <source>对应到“{0}”</source>
        <translation>对应到“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="363"/>
        <source>不指定</source>
        <translation>不指定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="440"/>
        <source>计划年度未定，“3月底前”这类完成时限无法换算成日期，导入后需逐项补填。
建议先在右上角选择年度。仍然导入吗？</source>
        <translation>计划年度未定，“3月底前”这类完成时限无法换算成日期，导入后需逐项补填。
建议先在右上角选择年度。仍然导入吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="447"/>
        <source>台账中已有同名计划“{0}”（{1} 项任务）。仍要再导入一份吗？</source>
        <translation>台账中已有同名计划“{0}”（{1} 项任务）。仍要再导入一份吗？</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="94"/>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="142"/>
        <source>选择工作要点</source>
        <translation>选择工作要点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="95"/>
        <source>支持 Word 文档（.docx）、文本文件（.txt/.md）、任务分解表（.xlsx/.csv），也可直接粘贴文字。</source>
        <translation>支持 Word 文档（.docx）、文本文件（.txt/.md）、任务分解表（.xlsx/.csv），也可直接粘贴文字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="96"/>
        <source>从文件导入</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="97"/>
        <source>粘贴文字</source>
        <translation>粘贴文字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="100"/>
        <source>选择或拖入文件…</source>
        <translation>选择或拖入文件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="101"/>
        <source>浏览…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="104"/>
        <source>把工作要点的正文粘贴到这里（网页、PDF 中复制的文字均可）…</source>
        <translation>把工作要点的正文粘贴到这里（网页、PDF 中复制的文字均可）…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="105"/>
        <source>从剪贴板粘贴</source>
        <translation>从剪贴板粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="110"/>
        <source>自动识别</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="114"/>
        <source>如：某某县教育局（可不填，自动取自标题）</source>
        <translation>如：某某县教育局（可不填，自动取自标题）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="116"/>
        <source>繁体转简体</source>
        <translation>繁体转简体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="117"/>
        <source>原文是繁体字时勾选，导入时统一转换为简体。</source>
        <translation>原文是繁体字时勾选，导入时统一转换为简体。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="124"/>
        <source>计划年度：</source>
        <translation>计划年度：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="125"/>
        <source>单位名称：</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="152"/>
        <source>剪贴板中没有文字。请先在网页、PDF 或文档中复制工作要点的正文。</source>
        <translation>剪贴板中没有文字。请先在网页、PDF 或文档中复制工作要点的正文。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="174"/>
        <source>请选择要导入的文件，或改为粘贴文字。</source>
        <translation>请选择要导入的文件，或改为粘贴文字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="186"/>
        <source>请先粘贴工作要点的文字。</source>
        <translation>请先粘贴工作要点的文字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="196"/>
        <source>正在读取工作要点…</source>
        <translation>正在读取工作要点…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/import_wizard.py" line="203"/>
        <source>读取失败：{0}</source>
        <translation>读取失败：{0}</translation>
    </message>
</context>
</TS>
