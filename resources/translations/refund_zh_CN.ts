<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseDetailsModel</name>
    <message>
        <source>Edit “{field}”</source>
        <translation>修改“{field}”</translation>
    </message>
</context>
<context>
    <name>CaseFields</name>
    <message>
        <source>Case title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>您的电话</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>您的地址</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>机构地址</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Medical institution licence no.</source>
        <translation>医疗机构执业许可证号</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>机构电话</translation>
    </message>
    <message>
        <source>Doctor or practitioner</source>
        <translation>主诊医生 / 操作人员</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>治疗项目</translation>
    </message>
    <message>
        <source>Treatment date(s)</source>
        <translation>治疗日期</translation>
    </message>
    <message>
        <source>Amount paid (yuan)</source>
        <translation>已付金额（元）</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Payment references</source>
        <translation>付款凭证号</translation>
    </message>
    <message>
        <source>What you want</source>
        <translation>您的诉求</translation>
    </message>
    <message>
        <source>Amount you ask for (yuan)</source>
        <translation>要求金额（元）</translation>
    </message>
    <message>
        <source>Refund clause in the contract</source>
        <translation>合同中有无退款条款</translation>
    </message>
    <message>
        <source>Wording of the refund clause</source>
        <translation>退款条款原文</translation>
    </message>
    <message>
        <source>Date you first knew something was wrong</source>
        <translation>最早发现问题的日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Open this step in the checklist</source>
        <translation>在清单中打开这一步</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Time limit for a claim</source>
        <translation>诉讼时效</translation>
    </message>
    <message>
        <source>This is worked out from the Civil Code (arts. 188 and 195) as the app understands it: check the current rule. It is guidance, not legal advice. If the last day is a public holiday, the time limit ends on the next working day.</source>
        <translation>这是本应用按照《民法典》第一百八十八条、第一百九十五条推算的结果，请核实现行规定。这只是参考，不是法律意见。期间的最后一日是法定休假日的，以休假日结束的次日为最后一日。</translation>
    </message>
    <message>
        <source>{settled} of {total} steps settled (done, skipped or not needed)</source>
        <translation>共 {total} 步，已处理 {settled} 步（已完成、已跳过或不适用）</translation>
    </message>
    <message>
        <source>Every step is settled.</source>
        <translation>所有步骤都已处理。</translation>
    </message>
    <message>
        <source>Next step: {title}</source>
        <translation>下一步：{title}</translation>
    </message>
    <message>
        <source>This step still needs: {categories}.</source>
        <translation>这一步还缺少：{categories}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The evidence this step needs is in the case.</source>
        <translation>这一步需要的证据都已在案件中。</translation>
    </message>
    <message>
        <source>1 item of evidence</source>
        <translation>共 1 份证据</translation>
    </message>
    <message>
        <source>{count} items of evidence</source>
        <translation>共 {count} 份证据</translation>
    </message>
    <message>
        <source>{category}: {count}</source>
        <translation>{category}：{count}</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No evidence yet: import photos, chats and documents in Evidence.</source>
        <translation>还没有证据：请在“证据”页导入照片、聊天记录和文件。</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>暂时无法计算</translation>
    </message>
    <message>
        <source>Enter the date you first knew something was wrong (in the form, under “What happened”) to see how long you have to make a claim.</source>
        <translation>在左侧表格“经过与诉求”一栏填写最早发现问题的日期，就能看到还剩多少时间可以主张权利。</translation>
    </message>
    <message>
        <source>The three-year limit ended on {date}.</source>
        <translation>三年诉讼时效已于{date}届满。</translation>
    </message>
    <message>
        <source>1 day left, until {date}</source>
        <translation>还剩 1 天，截至{date}</translation>
    </message>
    <message>
        <source>{days} days left, until {date}</source>
        <translation>还剩 {days} 天，截至{date}</translation>
    </message>
    <message>
        <source>Three years from your written demand “{title}” of {date}, which started the period again.</source>
        <translation>您在{date}提出的书面要求“{title}”使时效重新起算，自该日起计算三年。</translation>
    </message>
    <message>
        <source>Three years from the day you first knew something was wrong ({date}).</source>
        <translation>自您最早发现问题之日（{date}）起计算三年。</translation>
    </message>
    <message>
        <source>It cannot go past twenty years from the treatment ({date}).</source>
        <translation>但最长不超过自治疗之日（{date}）起二十年。</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>Sample case. The people, the clinic, the amounts and the pictures in it are made up. Look around and try things: changes are saved in the sample file only.</source>
        <translation>这是示例案件：其中的人物、机构、金额和图片都是虚构的。可以随意查看和尝试，修改只会保存在示例文件里。</translation>
    </message>
    <message>
        <source>Start your own case…</source>
        <translation>新建自己的案件…</translation>
    </message>
    <message>
        <source>This case is open read-only: you can read, search and export it, but not change it.</source>
        <translation>此案件以只读方式打开：可以查看、搜索和导出，但不能修改。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>维权清单</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出现了问题</translation>
    </message>
    <message>
        <source>The app ran into a problem it did not expect. Your case file is safe: every change made before this was already saved.</source>
        <translation>应用遇到了一个意外的问题。您的案件文件是安全的：在此之前的每一处修改都已保存。</translation>
    </message>
    <message>
        <source>The details were saved in {file}.</source>
        <translation>详细信息已保存在 {file}。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Refund Case Organizer</source>
        <translation>维权案件整理助手</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>The case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您的信息</translation>
    </message>
    <message>
        <source>The clinic</source>
        <translation>医美机构</translation>
    </message>
    <message>
        <source>Treatment and payment</source>
        <translation>治疗与付款</translation>
    </message>
    <message>
        <source>What happened and what you want</source>
        <translation>经过与诉求</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2025-03-15.</source>
        <translation>请按“年-月-日”填写日期，例如 2025-03-15。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 2025-03-15</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Every change is saved as you make it.</source>
        <translation>每一处修改都会立即保存。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>打开案件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;sample case</source>
        <translation>打开示例案件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export dossier…</source>
        <translation>导出材料汇编(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Verify evidence</source>
        <translation>校验证据(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>关闭案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概况(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>证据(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>维权清单(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guidance, not legal advice</source>
        <translation>仅供参考，不是法律意见(&amp;G)</translation>
    </message>
    <message>
        <source>Where are my files?</source>
        <translation>我的文件保存在哪里？</translation>
    </message>
    <message>
        <source>&amp;About Refund Case Organizer</source>
        <translation>关于维权案件整理助手(&amp;A)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>No recent cases</source>
        <translation>没有最近打开的案件</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Refund Case Organizer</source>
        <translation>维权案件整理助手</translation>
    </message>
    <message>
        <source>{title} — {path} — Refund Case Organizer</source>
        <translation>{title} — {path} — 维权案件整理助手</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>Case files (*.refundcase);;All files (*)</source>
        <translation>案件文件 (*.refundcase);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>以只读方式打开？</translation>
    </message>
    <message>
        <source>{problem}

Open it read-only? You can read, search and export it, but not change it.</source>
        <translation>{problem}

要以只读方式打开吗？可以查看、搜索和导出，但不能修改。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created: {reason}.</source>
        <translation>无法创建文件夹 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>Preparing the sample case…</source>
        <translation>正在准备示例案件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checking every evidence item against its fingerprint…</source>
        <translation>正在逐一核对每份证据的校验值…</translation>
    </message>
    <message>
        <source>Verify evidence</source>
        <translation>校验证据</translation>
    </message>
    <message>
        <source>The check was stopped before the end. Nothing was changed.</source>
        <translation>校验在完成前已停止，没有改动任何内容。</translation>
    </message>
    <message>
        <source>All {count} evidence items are unchanged: each one still matches the SHA-256 fingerprint recorded when it was imported. The case&apos;s history log is intact ({entries} entries).</source>
        <translation>全部 {count} 份证据都没有改动：每一份都与导入时记录的 SHA-256 校验值一致。案件的操作记录完整（共 {entries} 条）。</translation>
    </message>
    <message>
        <source>{name} (evidence {id}) no longer matches its fingerprint.</source>
        <translation>{name}（证据 {id}）与记录的校验值不一致。</translation>
    </message>
    <message>
        <source>The case&apos;s history log was altered at entry {entry}.</source>
        <translation>案件的操作记录在第 {entry} 条处被改动过。</translation>
    </message>
    <message>
        <source>Something in this case has changed since it was recorded:

{problems}

Keep the original files you still have, and mention this if you hand over the case.</source>
        <translation>案件中有内容在记录之后发生了变化：

{problems}

请保留您手中的原始文件；向他人提交案件材料时，请说明这一情况。</translation>
    </message>
    <message>
        <source>Import evidence files</source>
        <translation>导入证据文件</translation>
    </message>
    <message>
        <source>Import a folder of evidence</source>
        <translation>导入证据文件夹</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <source>Save a copy of the case</source>
        <translation>另存案件副本</translation>
    </message>
    <message>
        <source>Case files (*.refundcase)</source>
        <translation>案件文件 (*.refundcase)</translation>
    </message>
    <message>
        <source>Choose another name: the copy cannot replace the open case.</source>
        <translation>请换一个文件名：副本不能覆盖当前打开的案件。</translation>
    </message>
    <message>
        <source>A copy was saved as {path}.</source>
        <translation>副本已保存为 {path}。</translation>
    </message>
    <message>
        <source>Guidance, not legal advice</source>
        <translation>仅供参考，不是法律意见</translation>
    </message>
    <message>
        <source>The rules in the checklist were read on {date}.</source>
        <translation>清单中的规则整理于 {date}。</translation>
    </message>
    <message>
        <source>Settings and logs: {data}
New cases are offered to be saved in: {cases}</source>
        <translation>设置和日志：{data}
新案件默认保存在：{cases}</translation>
    </message>
    <message>
        <source>Portable mode: the app writes only inside its own folder.</source>
        <translation>便携模式：应用只在自己所在的文件夹内写入文件。</translation>
    </message>
    <message>
        <source>About Refund Case Organizer</source>
        <translation>关于维权案件整理助手</translation>
    </message>
    <message>
        <source>Refund Case Organizer {version}

Keeps the evidence, timeline and steps of a refund dispute with a medical-aesthetic clinic in one case file, and exports a dossier for a regulator, mediator or lawyer. Everything stays on this computer.

Guidance, not legal advice.</source>
        <translation>维权案件整理助手 {version}

把与医美机构之间退款纠纷的证据、时间线和维权步骤保存在一个案件文件里，并可导出材料汇编，交给监管部门、调解员或律师。所有内容都只保存在这台电脑上。

仅供参考，不是法律意见。</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>Give the case a name you will recognise, for example the clinic and the treatment. You can change it later.</source>
        <translation>给案件起一个好认的名字，比如机构名称加治疗项目。以后还可以修改。</translation>
    </message>
    <message>
        <source>For example: Refund from Example Clinic</source>
        <translation>例如：某某诊所退款</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Save in:</source>
        <translation>保存位置(&amp;S)：</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>创建案件</translation>
    </message>
    <message>
        <source>Where to save the case</source>
        <translation>选择案件的保存位置</translation>
    </message>
    <message>
        <source>The case will be saved as {path}</source>
        <translation>案件将保存为 {path}</translation>
    </message>
    <message>
        <source>Type a title to continue.</source>
        <translation>请先填写案件名称。</translation>
    </message>
</context>
<context>
    <name>RecentCasesModel</name>
    <message>
        <source>{name} (not found in {folder})</source>
        <translation>{name}（在 {folder} 中找不到）</translation>
    </message>
    <message>
        <source>{name}  —  {folder}</source>
        <translation>{name}  —  {folder}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find in this case</source>
        <translation>在案件中查找</translation>
    </message>
    <message>
        <source>&amp;Search the case details, evidence, events and steps:</source>
        <translation>搜索案件信息、证据、事件和步骤(&amp;S)：</translation>
    </message>
    <message>
        <source>For example: 退款, contract, 12315</source>
        <translation>例如：退款、合同、12315</translation>
    </message>
    <message>
        <source>Type a word to search. Two-character Chinese words work too.</source>
        <translation>输入要查找的词，两个字的中文词也可以。</translation>
    </message>
    <message>
        <source>1 result. Press Enter or double-click to go to it.</source>
        <translation>找到 1 条结果。按回车或双击即可跳转。</translation>
    </message>
    <message>
        <source>{count} results. Press Enter or double-click to go to one.</source>
        <translation>找到 {count} 条结果。按回车或双击即可跳转。</translation>
    </message>
    <message>
        <source>Nothing in this case matches “{text}”.</source>
        <translation>案件中没有与“{text}”匹配的内容。</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>匹配内容</translation>
    </message>
    <message>
        <source>Case details ({count})</source>
        <translation>案件信息（{count}）</translation>
    </message>
    <message>
        <source>Evidence ({count})</source>
        <translation>证据（{count}）</translation>
    </message>
    <message>
        <source>Events ({count})</source>
        <translation>事件（{count}）</translation>
    </message>
    <message>
        <source>Steps ({count})</source>
        <translation>步骤（{count}）</translation>
    </message>
    <message>
        <source>{exhibit} {title}</source>
        <translation>{exhibit} {title}</translation>
    </message>
    <message>
        <source>{date}  {title}</source>
        <translation>{date}  {title}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Refund Case Organizer</source>
        <translation>维权案件整理助手</translation>
    </message>
    <message>
        <source>Keep the evidence, the timeline and the steps of your refund case together, in one file on this computer. Nothing you keep here leaves it.</source>
        <translation>把退款维权的证据、时间线和步骤集中保存在这台电脑上的一个文件里。这里保存的内容不会离开这台电脑。</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建案件…</translation>
    </message>
    <message>
        <source>Open case…</source>
        <translation>打开案件…</translation>
    </message>
    <message>
        <source>Open the sample case</source>
        <translation>打开示例案件</translation>
    </message>
    <message>
        <source>The sample case is made up: look around in it to see how a finished case looks before you start your own.</source>
        <translation>示例案件是虚构的：在开始自己的案件之前，可以先看看一个整理好的案件是什么样子。</translation>
    </message>
    <message>
        <source>&amp;Recent cases</source>
        <translation>最近打开的案件(&amp;R)</translation>
    </message>
    <message>
        <source>Cases you create or open will be listed here.</source>
        <translation>您新建或打开过的案件会列在这里。</translation>
    </message>
    <message>
        <source>This app helps you organise your case. It gives guidance, not legal advice, and cannot promise any result.</source>
        <translation>本应用帮助您整理案件材料。它提供的是参考，不是法律意见，也不能保证任何结果。</translation>
    </message>
</context>
</TS>
