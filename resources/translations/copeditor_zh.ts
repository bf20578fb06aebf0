<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AreaTab</name>
    <message>
        <source>Not answered yet. Describe a programme below, or leave the area empty: the PDF then shows its labels with no answer.</source>
        <translation>尚未填写。请在下方描述一个方案，或将此领域留空：PDF 将只显示其标签而不含答复。</translation>
    </message>
    <message>
        <source>Add &amp;Programme</source>
        <translation>添加方案(&amp;P)</translation>
    </message>
    <message>
        <source>Describe another programme in this area.</source>
        <translation>在此领域再描述一个方案。</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>自动保存失败：{reason}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>概述</translation>
    </message>
    <message>
        <source>additional information</source>
        <translation>补充信息</translation>
    </message>
    <message>
        <source>Typing in {field}</source>
        <translation>在“{field}”中输入</translation>
    </message>
    <message>
        <source>Add programme</source>
        <translation>添加方案</translation>
    </message>
    <message>
        <source>Remove programme</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <source>Move programme</source>
        <translation>移动方案</translation>
    </message>
</context>
<context>
    <name>CompileRunner</name>
    <message>
        <source>Reading the submissions</source>
        <translation>正在读取提交材料</translation>
    </message>
    <message>
        <source>Laying out the report</source>
        <translation>正在排版报告</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>正在写入报告</translation>
    </message>
    <message>
        <source>Reading the submissions...</source>
        <translation>正在读取提交材料...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Compile Submissions</source>
        <translation>汇编提交材料</translation>
    </message>
    <message>
        <source>{stage}: {done} of {total}</source>
        <translation>{stage}：{done}/{total}</translation>
    </message>
    <message>
        <source>Compiling was cancelled: nothing was written.</source>
        <translation>汇编已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>The report of {count} submissions ({pages} pages) was saved: {path}</source>
        <translation>包含 {count} 份提交材料（{pages} 页）的报告已保存：{path}</translation>
    </message>
    <message>
        <source>

Not in the report:
</source>
        <translation>

未收入报告：
</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>报告已保存：{path}</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>打开报告</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message numerus="yes">
        <source>%n check(s) failed</source>
        <translation>
            <numerusform>%n 项检查未通过</numerusform>
        </translation>
    </message>
    <message>
        <source>every check passed</source>
        <translation>所有检查均已通过</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>COP drafts (*.json)</source>
        <translation>COP 草稿 (*.json)</translation>
    </message>
    <message>
        <source>Text form (*.md *.markdown *.txt)</source>
        <translation>文本表格 (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Submissions (*.json *.pdf *.md *.docx *.eml)</source>
        <translation>提交材料 (*.json *.pdf *.md *.docx *.eml)</translation>
    </message>
    <message>
        <source>Everything the editor reads (*.md *.markdown *.txt *.docx *.doc *.pdf)</source>
        <translation>编辑器可读取的所有文件 (*.md *.markdown *.txt *.docx *.doc *.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx *.doc)</source>
        <translation>Word 文档 (*.docx *.doc)</translation>
    </message>
    <message>
        <source>PDFs made by the editor (*.pdf)</source>
        <translation>由编辑器生成的 PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to &quot;{name}&quot; before closing?</source>
        <translation>关闭前是否保存对“{name}”的更改？</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>The PDF was saved:
{path}</source>
        <translation>PDF 已保存：
{path}</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>打开 PDF(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>Always open the PDF after exporting</source>
        <translation>导出后始终打开 PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>插入链接</translation>
    </message>
    <message>
        <source>www.example.org, https://... or name@example.org</source>
        <translation>www.example.org、https://... 或 name@example.org</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>链接文字</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>链接地址</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文字(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Not a web or email address. Write it like www.example.org, https://example.org/page or name@example.org.</source>
        <translation>这不是网址或电子邮件地址。请写成 www.example.org、https://example.org/page 或 name@example.org 的形式。</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>The editor did not close normally. This unsaved work was kept; choose what to do.</source>
        <translation>编辑器未正常关闭。这些未保存的工作已保留；请选择如何处理。</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>未保存的工作</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Email Settings</source>
        <translation>电子邮件设置</translation>
    </message>
    <message>
        <source>none: choose the recipient in your mail program</source>
        <translation>无：在邮件程序中选择收件人</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Folder for the PDF and the email draft</source>
        <translation>PDF 和电子邮件草稿所在的文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>Folder for Emailed PDFs</source>
        <translation>通过电子邮件发送的 PDF 所在文件夹</translation>
    </message>
    <message>
        <source>Show the PDF in its folder instead of opening an email draft</source>
        <translation>在文件夹中显示 PDF，而不是打开电子邮件草稿</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>发送至(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose an existing folder for the PDF.</source>
        <translation>请为 PDF 选择一个已存在的文件夹。</translation>
    </message>
    <message>
        <source>Compile Submissions</source>
        <translation>汇编提交材料</translation>
    </message>
    <message>
        <source>Submissions to compile</source>
        <translation>要汇编的提交材料</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>提交材料</translation>
    </message>
    <message>
        <source>Folder of Submissions</source>
        <translation>提交材料文件夹</translation>
    </message>
    <message>
        <source>{folder} (every submission inside)</source>
        <translation>{folder}（其中的所有提交材料）</translation>
    </message>
    <message>
        <source>Add &amp;Files...</source>
        <translation>添加文件(&amp;F)...</translation>
    </message>
    <message>
        <source>Add a F&amp;older...</source>
        <translation>添加文件夹(&amp;O)...</translation>
    </message>
    <message>
        <source>Group by &amp;area (all partners&apos; programmes under each area)</source>
        <translation>按领域分组(&amp;A)（各领域下列出所有合作伙伴的方案）</translation>
    </message>
    <message>
        <source>Also write a spreadsheet o&amp;verview (CSV)</source>
        <translation>同时写出电子表格概览 (CSV)(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Submissions:</source>
        <translation>提交材料(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Add the files or folder to compile.</source>
        <translation>请添加要汇编的文件或文件夹。</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>{where} has {length} characters; a field holds at most {limit} (about 15,000 words): shorten it or split it into several programmes</source>
        <translation>{where} 有 {length} 个字符；一个字段最多容纳 {limit} 个（约 15,000 个单词）：请缩短或拆分为多个方案</translation>
    </message>
    <message>
        <source>Area {number} holds at most {limit} programmes: group some of them, or describe them in fewer blocks.</source>
        <translation>领域 {number} 最多容纳 {limit} 个方案：请合并其中一些，或用更少的部分描述。</translation>
    </message>
</context>
<context>
    <name>FieldPath</name>
    <message>
        <source>organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>programme name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <source>website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>short summary</source>
        <translation>简要概述</translation>
    </message>
    <message>
        <source>additional information</source>
        <translation>补充信息</translation>
    </message>
    <message>
        <source>Area {number}, programme {programme}, {field}</source>
        <translation>领域 {number}，方案 {programme}，{field}</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <source>Open Draft</source>
        <translation>打开草稿</translation>
    </message>
    <message>
        <source>Draft Already Open</source>
        <translation>草稿已打开</translation>
    </message>
    <message>
        <source>{name} is open in another copy of the editor ({holder}). Editing it in both would lose one copy&apos;s changes. Open it read-only?</source>
        <translation>{name} 已在另一个编辑器窗口中打开（{holder}）。同时在两处编辑会丢失其中一处的更改。是否以只读方式打开？</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>{error}
The previous version, kept when the draft was last saved, can be opened instead ({backup}). Saving then replaces the damaged draft.</source>
        <translation>{error}
可以改为打开上次保存草稿时保留的先前版本（{backup}）。保存后将替换已损坏的草稿。</translation>
    </message>
    <message>
        <source>Open Previous Version</source>
        <translation>打开先前版本</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>{name}: not a kind of file to import</source>
        <translation>{name}：不是可导入的文件类型</translation>
    </message>
    <message>
        <source>
(and {count} more)</source>
        <translation>
（另有 {count} 处）</translation>
    </message>
    <message>
        <source>{name} was imported. Check these places:
{notes}</source>
        <translation>已导入 {name}。请检查以下位置：
{notes}</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>{name} was changed by another program since it was opened here. Replace that version with yours? (It is kept as the backup.)</source>
        <translation>自在此打开以来，{name} 已被其他程序修改。是否用您的版本替换该版本？（该版本将保留为备份。）</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Save Draft As</source>
        <translation>草稿另存为</translation>
    </message>
    <message>
        <source>{name} is open in another copy of the editor ({holder}): save under another name, or close it there first.</source>
        <translation>{name} 已在另一个编辑器窗口中打开（{holder}）：请另存为其他名称，或先在那里将其关闭。</translation>
    </message>
    <message>
        <source>{name} was changed by another program. Reload it? Your unsaved changes here would be lost.</source>
        <translation>{name} 已被其他程序修改。是否重新加载？您在此处未保存的更改将会丢失。</translation>
    </message>
    <message>
        <source>{name} was changed by another program. Reload it?</source>
        <translation>{name} 已被其他程序修改。是否重新加载？</translation>
    </message>
    <message>
        <source>Draft Changed on Disk</source>
        <translation>磁盘上的草稿已更改</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Reload Draft</source>
        <translation>重新加载草稿</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>The partner organisation is not named yet: the PDF will have no organisation.</source>
        <translation>尚未填写合作伙伴组织名称：PDF 中将没有组织名称。</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>仍然导出</translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation>PDF 已保存：{path}</translation>
    </message>
    <message>
        <source>PDF saved: {path} (it could not be opened: find it in {folder})</source>
        <translation>PDF 已保存：{path}（无法打开：请在 {folder} 中查找）</translation>
    </message>
    <message>
        <source>Export as Word Document</source>
        <translation>导出为 Word 文档</translation>
    </message>
    <message>
        <source>Export Text Form</source>
        <translation>导出文本表格</translation>
    </message>
    <message>
        <source>{name}: could not be written: {reason}</source>
        <translation>{name}：无法写入：{reason}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the whole submission</source>
        <translation>在整个提交材料中查找</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>查找(&amp;D)：</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3, Shift+Enter)</source>
        <translation>上一个匹配项（Shift+F3，Shift+Enter）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>下一个匹配项（F3，Enter）</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>Whole words onl&amp;y</source>
        <translation>全字匹配(&amp;Y)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Replace w&amp;ith:</source>
        <translation>替换为(&amp;I)：</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace this match and find the next (Enter)</source>
        <translation>替换此匹配项并查找下一个（Enter）</translation>
    </message>
    <message>
        <source>Replace A&amp;ll</source>
        <translation>全部替换(&amp;L)</translation>
    </message>
    <message>
        <source>Replace every match in the submission (one undo step)</source>
        <translation>替换提交材料中的所有匹配项（可一步撤销）</translation>
    </message>
    <message>
        <source>Found in {field}</source>
        <translation>在“{field}”中找到</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <source>Search went past the end: continued from the beginning</source>
        <translation>已搜索到末尾：从开头继续</translation>
    </message>
    <message>
        <source>Search went past the beginning: continued from the end</source>
        <translation>已搜索到开头：从末尾继续</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>This draft is read-only: nothing can be replaced</source>
        <translation>此草稿为只读：无法替换任何内容</translation>
    </message>
    <message>
        <source>Replace All “{term}”</source>
        <translation>全部替换“{term}”</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatActions</name>
    <message>
        <source>&amp;Bold</source>
        <translation>粗体(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>斜体(&amp;I)</translation>
    </message>
    <message>
        <source>B&amp;ulleted List</source>
        <translation>项目符号列表(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>编号列表(&amp;N)</translation>
    </message>
    <message>
        <source>Insert &amp;Link...</source>
        <translation>插入链接(&amp;L)...</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Name of the programme (one for each area)</source>
        <translation>方案名称（每个领域一个）</translation>
    </message>
    <message>
        <source>The COP secretariat compiles the summaries of all partners into one report, area by area. Fill in the organisation&apos;s name, then, in each area where you have work to report, one block per programme. Leave an area empty when you have nothing for it.</source>
        <translation>COP 秘书处将所有合作伙伴的摘要按领域汇编成一份报告。请填写组织名称，然后在每个有工作可报告的领域中，为每个方案填写一个部分。没有内容的领域请留空。</translation>
    </message>
    <message>
        <source>The areas, and what each asks for</source>
        <translation>各领域及其要求</translation>
    </message>
    <message>
        <source>For each programme</source>
        <translation>每个方案</translation>
    </message>
    <message>
        <source>What a good summary holds</source>
        <translation>好的概述包含什么</translation>
    </message>
    <message>
        <source>What the programme does, for whom, and where (countries or regions).</source>
        <translation>方案做什么、面向谁、在哪里开展（国家或地区）。</translation>
    </message>
    <message>
        <source>The partners you work with, by name.</source>
        <translation>与您合作的伙伴（写明名称）。</translation>
    </message>
    <message>
        <source>Results so far, with numbers where you have them, and what comes next.</source>
        <translation>迄今取得的成果（如有数据请列出）以及下一步计划。</translation>
    </message>
    <message>
        <source>Links to reports, tools or campaigns (Insert Link, Ctrl+K).</source>
        <translation>报告、工具或宣传活动的链接（插入链接，Ctrl+K）。</translation>
    </message>
    <message>
        <source>A few short paragraphs are enough; lists help the reader. Never name or describe a child or a victim.</source>
        <translation>几段简短的文字即可；列表便于阅读。切勿写出任何儿童或受害者的姓名或描述其特征。</translation>
    </message>
    <message>
        <source>Checking and sending</source>
        <translation>检查与发送</translation>
    </message>
    <message>
        <source>Tools &gt; Check Submission (F7) lists what is missing; click a line to go there.</source>
        <translation>工具 &gt; 检查提交材料（F7）会列出缺少的内容；单击某一行即可跳转。</translation>
    </message>
    <message>
        <source>File &gt; Export PDF writes the PDF exactly as the secretariat will read it.</source>
        <translation>文件 &gt; 导出 PDF 将生成与秘书处所见完全相同的 PDF。</translation>
    </message>
    <message>
        <source>File &gt; Send by Email attaches that PDF to an email draft for you to send.</source>
        <translation>文件 &gt; 通过电子邮件发送会将该 PDF 附加到电子邮件草稿中，由您发送。</translation>
    </message>
</context>
<context>
    <name>ImportKinds</name>
    <message>
        <source>Import Text Form</source>
        <translation>导入文本表格</translation>
    </message>
    <message>
        <source>Import Word Document</source>
        <translation>导入 Word 文档</translation>
    </message>
    <message>
        <source>Import from PDF</source>
        <translation>从 PDF 导入</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>{tag} (no spelling dictionary)</source>
        <translation>{tag}（无拼写词典）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>COP Submission Editor</source>
        <translation>COP 提交材料编辑器</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>撤销(&amp;U)：{action}</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>撤销：{action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>重做(&amp;R)：{action}</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>重做：{action}</translation>
    </message>
    <message>
        <source>Cannot Do That</source>
        <translation>无法执行</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name}（只读）</translation>
    </message>
    <message>
        <source>{name}[*] - {editor}</source>
        <translation>{name}[*] - {editor}</translation>
    </message>
    <message>
        <source>How to Fill In the Form</source>
        <translation>如何填写表格</translation>
    </message>
    <message>
        <source>About {editor}</source>
        <translation>关于 {editor}</translation>
    </message>
    <message>
        <source>{editor} {version}

Write the COP Partners&apos; Ongoing Project Summary offline, save private drafts, and export the PDF for the ITU COP secretariat.</source>
        <translation>{editor} {version}

离线撰写 COP 合作伙伴进行中项目摘要，保存私人草稿，并为国际电联 COP 秘书处导出 PDF。</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <source>N</source>
        <comment>Alt+letter of the organisation&apos;s name label</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation>摘要语言</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the summary:</source>
        <translation>摘要语言(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>PdfBuilder</name>
    <message>
        <source>The preview could not start its builder: {reason}</source>
        <translation>预览无法启动其生成器：{reason}</translation>
    </message>
    <message>
        <source>The preview&apos;s builder stopped; it starts again with the next change.</source>
        <translation>预览生成器已停止；下次更改时会重新启动。</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Cannot export: {reason}</source>
        <translation>无法导出：{reason}</translation>
    </message>
</context>
<context>
    <name>PreviewDock</name>
    <message>
        <source>PDF Preview</source>
        <translation>PDF 预览</translation>
    </message>
    <message>
        <source>The PDF preview appears here.</source>
        <translation>PDF 预览显示在这里。</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>下一页（Page Down）</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>Preview state</source>
        <translation>预览状态</translation>
    </message>
    <message>
        <source>Problems stopping the PDF</source>
        <translation>阻止生成 PDF 的问题</translation>
    </message>
    <message>
        <source>Updating...</source>
        <translation>正在更新...</translation>
    </message>
    <message>
        <source>The PDF cannot be made yet. The pages below are the last PDF that could be made.</source>
        <translation>暂时无法生成 PDF。下面是上一次成功生成的 PDF。</translation>
    </message>
    <message>
        <source>The PDF cannot be made yet.</source>
        <translation>暂时无法生成 PDF。</translation>
    </message>
    <message>
        <source>(click to go to the field)</source>
        <translation>（单击转到该字段）</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>第 {page} 页，共 {count} 页</translation>
    </message>
    <message>
        <source>No pages yet</source>
        <translation>尚无页面</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>PDF preview pages</source>
        <translation>PDF 预览页面</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Could not print: {reason}</source>
        <translation>无法打印：{reason}</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>未提供文件名</translation>
    </message>
    <message>
        <source>no pages were chosen</source>
        <translation>未选择任何页面</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>无法启动打印机</translation>
    </message>
    <message>
        <source>the printer refused a new page</source>
        <translation>打印机拒绝了新页面</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The partner organisation is not named.</source>
        <translation>未填写合作伙伴组织名称。</translation>
    </message>
    <message>
        <source>No action area is answered: describe at least one programme.</source>
        <translation>尚未填写任何行动领域：请至少描述一个方案。</translation>
    </message>
    <message>
        <source>Area {number}, programme {programme}</source>
        <translation>领域 {number}，方案 {programme}</translation>
    </message>
    <message>
        <source>{where}: the programme has no name.</source>
        <translation>{where}：方案没有名称。</translation>
    </message>
    <message>
        <source>{where}: the short summary is empty.</source>
        <translation>{where}：简要概述为空。</translation>
    </message>
    <message>
        <source>{where}: the website {website} is not an http:// or https:// address.</source>
        <translation>{where}：网站 {website} 不是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>programme name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <source>short summary</source>
        <translation>简要概述</translation>
    </message>
    <message>
        <source>additional information</source>
        <translation>补充信息</translation>
    </message>
    <message>
        <source>{where}, {field}: unknown word “{word}”</source>
        <translation>{where}，{field}：未知词“{word}”</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Area {number} ({name})</source>
        <translation>领域 {number}（{name}）</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first}和{last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{areas} is not answered: the PDF leaves them out (File &gt; PDF Options).</source>
        <translation>{areas}尚未填写：PDF 将省略该领域（文件 &gt; PDF 选项）。</translation>
    </message>
    <message>
        <source>{areas} are not answered: the PDF leaves them out (File &gt; PDF Options).</source>
        <translation>{areas}尚未填写：PDF 将省略这些领域（文件 &gt; PDF 选项）。</translation>
    </message>
    <message>
        <source>{areas} is not answered: the PDF shows their headings and labels with no answer (File &gt; PDF Options &gt; Leave Out Unanswered Areas leaves them out).</source>
        <translation>{areas}尚未填写：PDF 将显示其标题和标签但不含答复（文件 &gt; PDF 选项 &gt; 省略未填写的领域 可将其省略）。</translation>
    </message>
    <message>
        <source>{areas} are not answered: the PDF shows their headings and labels with no answer (File &gt; PDF Options &gt; Leave Out Unanswered Areas leaves them out).</source>
        <translation>{areas}尚未填写：PDF 将显示其标题和标签但不含答复（文件 &gt; PDF 选项 &gt; 省略未填写的领域 可将其省略）。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems in the submission</source>
        <translation>提交材料中的问题</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>发现 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found: the submission is complete.</source>
        <translation>未发现问题：提交材料已完整。</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>N</source>
        <comment>Alt+letter: programme name</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>W</source>
        <comment>Alt+letter: website</comment>
        <translation>W</translation>
    </message>
    <message>
        <source>S</source>
        <comment>Alt+letter: short summary</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>A</source>
        <comment>Alt+letter: additional information</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move D&amp;own</source>
        <translation>下移(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove Programme</source>
        <translation>删除方案(&amp;R)</translation>
    </message>
    <message>
        <source>Programme {number}</source>
        <translation>方案 {number}</translation>
    </message>
    <message>
        <source>{label} (programme {number})</source>
        <translation>{label}（方案 {number}）</translation>
    </message>
    <message>
        <source>Not a web address: write it like www.example.org or https://example.org</source>
        <translation>不是网址：请写成 www.example.org 或 https://example.org 的形式</translation>
    </message>
    <message>
        <source>{button} {number}</source>
        <translation>{button} {number}</translation>
    </message>
    <message>
        <source>Remove Programme</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <source>Remove &quot;{name}&quot; and everything written about it? (Edit &gt; Undo brings it back.)</source>
        <translation>删除“{name}”及其所有内容？（编辑 &gt; 撤销 可恢复。）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SendEmail</name>
    <message>
        <source>Send by Email</source>
        <translation>通过电子邮件发送</translation>
    </message>
    <message>
        <source>Check Submission lists problems ({count} in all), starting with: {problem} Send it anyway?</source>
        <translation>检查发现问题（共 {count} 个），第一个是：{problem} 仍然发送吗？</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <source>The PDF is {size} MB; many mail servers refuse attachments over 10 MB. Attach it anyway?</source>
        <translation>PDF 大小为 {size} MB；许多邮件服务器会拒收超过 10 MB 的附件。仍然附加吗？</translation>
    </message>
    <message>
        <source>Attach Anyway</source>
        <translation>仍然附加</translation>
    </message>
    <message>
        <source>{folder}: cannot write there: {reason}</source>
        <translation>{folder}：无法写入：{reason}</translation>
    </message>
    <message>
        <source>The email draft is open in your mail program: check it, then send it. ({name})</source>
        <translation>电子邮件草稿已在您的邮件程序中打开：请检查后发送。（{name}）</translation>
    </message>
    <message>
        <source>No mail program could open the email draft.</source>
        <translation>没有邮件程序能够打开该电子邮件草稿。</translation>
    </message>
    <message>
        <source>The PDF is ready: {path}</source>
        <translation>PDF 已就绪：{path}</translation>
    </message>
    <message>
        <source>Its folder is open and its path is on the clipboard.</source>
        <translation>其所在文件夹已打开，路径已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Its folder could not be opened; its path is on the clipboard. Find it in {folder}.</source>
        <translation>无法打开其所在文件夹；路径已复制到剪贴板。请在 {folder} 中查找。</translation>
    </message>
    <message>
        <source>Next: write a new message to {recipient} in your mail program and attach the PDF (or open the email draft beside it, {draft}, which has it attached).</source>
        <translation>下一步：在邮件程序中给 {recipient} 写一封新邮件并附上该 PDF（或打开旁边已附带该文件的电子邮件草稿 {draft}）。</translation>
    </message>
    <message>
        <source>the COP secretariat</source>
        <translation>COP 秘书处</translation>
    </message>
</context>
<context>
    <name>SpellService</name>
    <message>
        <source>Your personal word list could not be read; it was kept aside as {name}.</source>
        <translation>无法读取您的个人词表；已将其另存为 {name}。</translation>
    </message>
    <message>
        <source>Spelling is off: {reason}</source>
        <translation>拼写检查已关闭：{reason}</translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>（无建议）</translation>
    </message>
    <message>
        <source>&amp;Ignore All</source>
        <translation>全部忽略(&amp;I)</translation>
    </message>
    <message>
        <source>Add to &amp;Dictionary</source>
        <translation>添加到词典(&amp;D)</translation>
    </message>
    <message>
        <source>Not added to the dictionary: {reason}</source>
        <translation>未添加到词典：{reason}</translation>
    </message>
</context>
<context>
    <name>TabStatus</name>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>partly filled</source>
        <translation>部分填写</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Area {number}: {name}</source>
        <translation>领域 {number}：{name}</translation>
    </message>
    <message>
        <source>{number} {name}</source>
        <translation>{number} {name}</translation>
    </message>
    <message>
        <source>{tab}: {state}</source>
        <translation>{tab}：{state}</translation>
    </message>
    <message>
        <source>{tab}, {state}</source>
        <translation>{tab}，{state}</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>COP Partners&apos; Ongoing Project Summary</source>
        <translation>COP 合作伙伴进行中项目摘要</translation>
    </message>
    <message>
        <source>(based on ITU Secretary General&apos;s call for action 2009)</source>
        <translation>（依据国际电联秘书长 2009 年的行动呼吁）</translation>
    </message>
    <message>
        <source>Name of the Partner Organization:</source>
        <translation>合作伙伴组织名称：</translation>
    </message>
    <message>
        <source>Area {number}: {title}</source>
        <translation>领域 {number}：{title}</translation>
    </message>
    <message>
        <source>Name of the program related to Area {number} :</source>
        <translation>与领域 {number} 相关的方案名称：</translation>
    </message>
    <message>
        <source>Website :</source>
        <translation>网站：</translation>
    </message>
    <message>
        <source>Short summary (please list any relevant partners):</source>
        <translation>简要概述（请列出相关合作伙伴）：</translation>
    </message>
    <message>
        <source>Additional information if any :</source>
        <translation>补充信息（如有）：</translation>
    </message>
    <message>
        <source>Create public awareness on the issues related to protecting children in cyberspace and to share policies, best practices, tools and resources</source>
        <translation>提高公众对网络空间儿童保护相关问题的认识，并分享政策、最佳做法、工具和资源</translation>
    </message>
    <message>
        <source>Public awareness</source>
        <translation>公众意识</translation>
    </message>
    <message>
        <source>Assist countries in developing a national approach to protecting children online</source>
        <translation>协助各国制定儿童在线保护的国家方针</translation>
    </message>
    <message>
        <source>National approach</source>
        <translation>国家方针</translation>
    </message>
    <message>
        <source>Identify risks and vulnerabilities to children in cyberspace</source>
        <translation>识别儿童在网络空间面临的风险和脆弱性</translation>
    </message>
    <message>
        <source>Risks and vulnerabilities</source>
        <translation>风险与脆弱性</translation>
    </message>
    <message>
        <source>Build resource depositories for general use</source>
        <translation>建立供普遍使用的资源库</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Promote capacity building to contribute to and strengthen the global response in protecting children</source>
        <translation>促进能力建设，以推动和加强全球保护儿童的应对行动</translation>
    </message>
    <message>
        <source>Capacity building</source>
        <translation>能力建设</translation>
    </message>
    <message>
        <source>Name of the Partner Organization</source>
        <translation>合作伙伴组织名称</translation>
    </message>
    <message>
        <source>The partner organisation&apos;s full name, as it should appear on the summary.</source>
        <translation>合作伙伴组织的全称，即摘要中应显示的名称。</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <source>The name of the programme, on one line.</source>
        <translation>方案名称，写在一行内。</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>The programme&apos;s web address, starting with http:// or https://.</source>
        <translation>方案的网址，以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>Short summary</source>
        <translation>简要概述</translation>
    </message>
    <message>
        <source>What the programme does, with its partners (Markdown: paragraphs, bold, italic, lists, links).</source>
        <translation>方案的工作内容及其合作伙伴（Markdown：段落、粗体、斜体、列表、链接）。</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>补充信息</translation>
    </message>
    <message>
        <source>Anything else worth knowing; may be left empty (Markdown).</source>
        <translation>其他值得了解的信息；可留空（Markdown）。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language the summary is written in (a BCP 47 tag such as en-GB, fr or ar); it picks the spelling dictionary.</source>
        <translation>摘要所用的语言（BCP 47 标记，如 en-GB、fr 或 ar）；据此选择拼写词典。</translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message>
        <source>Required. {description}</source>
        <translation>必填。{description}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new submission</source>
        <translation>开始新的提交材料</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation>打开草稿</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <source>Save the draft under a new name</source>
        <translation>以新名称保存草稿</translation>
    </message>
    <message>
        <source>&amp;Export PDF...</source>
        <translation>导出 PDF(&amp;E)...</translation>
    </message>
    <message>
        <source>Write the PDF to send</source>
        <translation>生成要发送的 PDF</translation>
    </message>
    <message>
        <source>Export &amp;Text Form...</source>
        <translation>导出文本表格(&amp;T)...</translation>
    </message>
    <message>
        <source>Write the submission as Markdown</source>
        <translation>将提交材料写为 Markdown</translation>
    </message>
    <message>
        <source>Export as &amp;Word Document...</source>
        <translation>导出为 Word 文档(&amp;W)...</translation>
    </message>
    <message>
        <source>Write the submission as a .docx, laid out like the template</source>
        <translation>将提交材料写为 .docx，版式与模板一致</translation>
    </message>
    <message>
        <source>Sen&amp;d by Email...</source>
        <translation>通过电子邮件发送(&amp;D)...</translation>
    </message>
    <message>
        <source>Export the PDF and open an email draft with it attached</source>
        <translation>导出 PDF 并打开附带该 PDF 的电子邮件草稿</translation>
    </message>
    <message>
        <source>E&amp;mail Settings...</source>
        <translation>电子邮件设置(&amp;M)...</translation>
    </message>
    <message>
        <source>Recipient and folder for Send by Email</source>
        <translation>“通过电子邮件发送”的收件人和文件夹</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>关闭编辑器</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>查找(&amp;F)...</translation>
    </message>
    <message>
        <source>Find text in every field</source>
        <translation>在所有字段中查找文字</translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation>替换(&amp;E)...</translation>
    </message>
    <message>
        <source>Replace text in every field</source>
        <translation>在所有字段中替换文字</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>转到下一个匹配项</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>转到上一个匹配项</translation>
    </message>
    <message>
        <source>A&amp;dd Programme</source>
        <translation>添加方案(&amp;D)</translation>
    </message>
    <message>
        <source>Add a programme to the current area</source>
        <translation>在当前领域中添加一个方案</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger text in the form</source>
        <translation>增大表格中的文字</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text in the form</source>
        <translation>减小表格中的文字</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Text in the form at its normal size</source>
        <translation>表格文字恢复为正常大小</translation>
    </message>
    <message>
        <source>&amp;Check Submission</source>
        <translation>检查提交材料(&amp;C)</translation>
    </message>
    <message>
        <source>List everything missing before the submission is sent</source>
        <translation>列出发送提交材料前缺少的所有内容</translation>
    </message>
    <message>
        <source>&amp;How to Fill In the Form</source>
        <translation>如何填写表格(&amp;H)</translation>
    </message>
    <message>
        <source>What each area asks for, what a good summary holds, how to send</source>
        <translation>各领域的要求、好的概述包含什么、如何发送</translation>
    </message>
    <message>
        <source>Help on This &amp;Field</source>
        <translation>此字段的帮助(&amp;F)</translation>
    </message>
    <message>
        <source>What the field being edited asks for</source>
        <translation>正在编辑的字段要求填写什么</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>许可证(&amp;L)</translation>
    </message>
    <message>
        <source>What the editor is made of</source>
        <translation>编辑器的组成部分</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>诊断(&amp;D)</translation>
    </message>
    <message>
        <source>Check that fonts, dictionaries and translations are installed and work</source>
        <translation>检查字体、词典和翻译是否已安装并正常工作</translation>
    </message>
    <message>
        <source>Com&amp;pile Submissions...</source>
        <translation>汇编提交材料(&amp;P)...</translation>
    </message>
    <message>
        <source>Many partners&apos; submissions into one report (PDF) and a spreadsheet overview</source>
        <translation>将多个合作伙伴的提交材料汇编为一份报告 (PDF) 和电子表格概览</translation>
    </message>
    <message>
        <source>Leave Out &amp;Unanswered Areas</source>
        <translation>省略未填写的领域(&amp;U)</translation>
    </message>
    <message>
        <source>US &amp;Letter Paper</source>
        <translation>美国 Letter 纸张(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Include the Editable Draft in the PDF</source>
        <translation>在 PDF 中包含可编辑草稿(&amp;I)</translation>
    </message>
    <message>
        <source>The PDF carries the draft, so that it can be imported and edited again</source>
        <translation>PDF 内含草稿，以便再次导入和编辑</translation>
    </message>
    <message>
        <source>&amp;Open PDF After Export</source>
        <translation>导出后打开 PDF(&amp;O)</translation>
    </message>
    <message>
        <source>PDF &amp;Preview</source>
        <translation>PDF 预览(&amp;P)</translation>
    </message>
    <message>
        <source>Show the PDF beside the form as Export PDF writes it</source>
        <translation>在表格旁显示 PDF，与“导出 PDF”生成的一致</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)...</translation>
    </message>
    <message>
        <source>Print the PDF</source>
        <translation>打印 PDF</translation>
    </message>
    <message>
        <source>&amp;System Language ({language})</source>
        <translation>系统语言(&amp;S)（{language}）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>For&amp;mat</source>
        <translation>格式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>导入(&amp;I)...</translation>
    </message>
    <message>
        <source>Read a submission from a text form, a Word document or a PDF the editor made</source>
        <translation>从文本表格、Word 文档或编辑器生成的 PDF 读取提交材料</translation>
    </message>
    <message>
        <source>PD&amp;F Options</source>
        <translation>PDF 选项(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>More {bar} buttons</source>
        <translation>更多“{bar}”按钮</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>更多菜单</translation>
    </message>
</context>
<context>
    <name>WordCountLabel</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln 个字词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Submission: {counts}</source>
        <translation>提交材料：{counts}</translation>
    </message>
    <message>
        <source>This field: {counts}</source>
        <translation>此字段：{counts}</translation>
    </message>
    <message>
        <source>{words}, {characters}</source>
        <translation>{words}，{characters}</translation>
    </message>
</context>
</TS>
