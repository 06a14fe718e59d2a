<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArrivalDialog</name>
    <message>
        <source>When did it arrive?</source>
        <translation>何时送达？</translation>
    </message>
    <message>
        <source>The day the clinic received the demand, from the delivery tracking or the signed receipt. The deadlines then count from that day.</source>
        <translation>诊所收到要求函的日期，可从快递物流记录或签收回执中查到。此后各项期限从这一天起算。</translation>
    </message>
    <message>
        <source>It arrived on</source>
        <translation>送达日期</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created: {reason}.</source>
        <translation>无法创建文件夹 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation>正在创建 {name}…</translation>
    </message>
    <message>
        <source>Writing {name} anew and checking it…</source>
        <translation>正在重新写入并检查 {name}…</translation>
    </message>
    <message>
        <source>Preparing the sample case…</source>
        <translation>正在准备示例案件…</translation>
    </message>
    <message>
        <source>Saving a copy as {name}…</source>
        <translation>正在另存副本：{name}…</translation>
    </message>
    <message>
        <source>Checking every evidence item against its fingerprint…</source>
        <translation>正在逐一核对每份证据的校验值…</translation>
    </message>
    <message>
        <source>Checking the structure of the whole case file…</source>
        <translation>正在检查整个案件文件的结构…</translation>
    </message>
    <message>
        <source>Refund Case Organizer</source>
        <translation>维权案件整理助手</translation>
    </message>
</context>
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
        <source>Date of the contract</source>
        <translation>合同签订日期</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>付款渠道</translation>
    </message>
    <message>
        <source>Paid with a treatment loan (医美贷)?</source>
        <translation>是否通过医美贷付款？</translation>
    </message>
    <message>
        <source>Bought through a platform or after an advert?</source>
        <translation>是否经平台购买，或因广告、代言购买？</translation>
    </message>
    <message>
        <source>Is the clinic still open?</source>
        <translation>机构是否仍在营业？</translation>
    </message>
    <message>
        <source>Medical-aesthetic department and the right subject in the licence&apos;s scope?</source>
        <translation>执业范围是否包含医疗美容科及相应二级科目？</translation>
    </message>
    <message>
        <source>Doctor registered, with the chief-physician (主诊医师) qualification?</source>
        <translation>医生是否已注册并具备主诊医师资格？</translation>
    </message>
    <message>
        <source>Product (a filler, for example) approved?</source>
        <translation>所用产品（如填充剂）是否经批准？</translation>
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
        <source>{name} deadlines</source>
        <translation>{name} 期限</translation>
    </message>
    <message>
        <source>Add the deadlines to a calendar</source>
        <translation>把期限加入日历</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>{count} deadlines were saved in {path}. Open that file on your phone or computer to add them to its calendar, with reminders a week and a day before each.</source>
        <translation>已将 {count} 个期限保存到 {path}。在手机或电脑上打开这个文件即可加入日历，每个期限前一周和前一天都会提醒。</translation>
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
        <source>Show the deadlines</source>
        <translation>查看期限</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>The case file can no longer be reached: the USB stick was removed, or the file or its folder was moved. Everything saved before is in the file, and nothing more can be changed here. Put the stick back and open the case again, or save a copy elsewhere now.</source>
        <translation>无法再访问案件文件：U 盘可能已被拔出，或文件及其文件夹已被移动。此前保存的内容都在文件中，这里不能再做任何修改。请插回 U 盘后重新打开案件，或现在把副本保存到别处。</translation>
    </message>
    <message>
        <source>This case is on a read-only disk or in a folder the app cannot write to, so it is open read-only: you can read, search, check and export it, but not change it. To work on it, save a copy to a writable folder.</source>
        <translation>此案件位于只读磁盘或本应用无法写入的文件夹中，因此以只读方式打开：可以查看、搜索、检查和导出，但不能修改。如需修改，请把副本保存到可写入的文件夹。</translation>
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
        <source>Letters</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No longer in the guidance</source>
        <translation>已不在当前指引中</translation>
    </message>
    <message>
        <source>{settled} of {total}</source>
        <translation>{settled}/{total}</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>See what changed…</source>
        <translation>查看有哪些变化…</translation>
    </message>
    <message>
        <source>This checklist is guidance, not legal advice. Rules as of {date}: check the current rule before you rely on a deadline.</source>
        <translation>这份清单仅供参考，不是法律意见。规则整理于 {date}：在依据某个期限行事之前，请先核实现行规定。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>{settled} of {total} steps settled</source>
        <translation>共 {total} 步，已处理 {settled} 步</translation>
    </message>
    <message>
        <source>Next step: {title}</source>
        <translation>下一步：{title}</translation>
    </message>
    <message>
        <source>Every step is settled.</source>
        <translation>所有步骤都已处理。</translation>
    </message>
    <message>
        <source>Mark “{step}” as {status}</source>
        <translation>将“{step}”标记为{status}</translation>
    </message>
    <message>
        <source>Edit notes of “{step}”</source>
        <translation>修改“{step}”的结果记录</translation>
    </message>
    <message>
        <source>Change dates of “{step}”</source>
        <translation>修改“{step}”的日期</translation>
    </message>
    <message>
        <source>Link evidence to “{step}”</source>
        <translation>将证据关联到“{step}”</translation>
    </message>
    <message>
        <source>Unlink evidence from “{step}”</source>
        <translation>取消证据与“{step}”的关联</translation>
    </message>
    <message>
        <source>Change evidence linked to “{step}”</source>
        <translation>修改“{step}”关联的证据</translation>
    </message>
    <message>
        <source>Link events to “{step}”</source>
        <translation>将事件关联到“{step}”</translation>
    </message>
    <message>
        <source>Unlink events from “{step}”</source>
        <translation>取消事件与“{step}”的关联</translation>
    </message>
    <message>
        <source>Change events linked to “{step}”</source>
        <translation>修改“{step}”关联的事件</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>关联证据</translation>
    </message>
    <message>
        <source>Link events</source>
        <translation>关联事件</translation>
    </message>
    <message>
        <source>The guidance has been brought up to date (rules as of {date}). Your steps can follow it: your statuses, notes, dates and links stay as they are.</source>
        <translation>维权指引已更新（规则截至 {date}）。您的步骤可以随之更新：已填写的状态、备注、日期和关联都会保留。</translation>
    </message>
    <message>
        <source>Update the steps to the current guidance</source>
        <translation>按当前指引更新步骤</translation>
    </message>
</context>
<context>
    <name>ChooserDialog</name>
    <message>
        <source>There is nothing to link yet.</source>
        <translation>目前还没有可以关联的内容。</translation>
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
    <name>DeadlineCard</name>
    <message>
        <source>Open the step: {title}</source>
        <translation>打开对应步骤：{title}</translation>
    </message>
    <message>
        <source>{date}: this date has passed</source>
        <translation>{date}：这个日期已经过去</translation>
    </message>
    <message>
        <source>{date}: today is the last day</source>
        <translation>{date}：今天是最后一天</translation>
    </message>
    <message>
        <source>{date}: 1 day left</source>
        <translation>{date}：还剩 1 天</translation>
    </message>
    <message>
        <source>{date}: {days} days left</source>
        <translation>{date}：还剩 {days} 天</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Dates that have passed</source>
        <translation>已经过去的日期</translation>
    </message>
    <message>
        <source>Worked out from the rules as the app reads them (rules as of the date the checklist shows), counting as the Civil Code does: the day of an event is not counted, and a last day on a weekend or public holiday moves to the next working day where that rule applies. Check the current rule; this is guidance, not legal advice.</source>
        <translation>以上期限由本应用按其理解的规则推算（规则截至维权清单所示日期），按民法典的方法计算：事件当天不计入；适用该规则时，最后一天是周末或法定节假日的，顺延至下一个工作日。请核实现行规定；本应用提供的是参考，不是法律意见。</translation>
    </message>
    <message>
        <source>Add them to a calendar…</source>
        <translation>加入日历…</translation>
    </message>
    <message>
        <source>Save the deadlines as a calendar file (.ics) for your phone or computer</source>
        <translation>把期限保存为日历文件（.ics），供手机或电脑使用</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more deadline(s) to come</source>
        <translation>
            <numerusform>再显示 %n 个即将到来的期限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n date(s) that have passed</source>
        <translation>
            <numerusform>显示 %n 个已过的日期</numerusform>
        </translation>
    </message>
    <message>
        <source>No deadline can be worked out yet: add the dates of what happened (payment, treatment, a demand) to the timeline.</source>
        <translation>暂时无法推算期限：请在时间线中添加相关日期（付款、治疗、书面要求等）。</translation>
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
        <source>Licence check</source>
        <translation>资质核查</translation>
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
        <source>Look at the licence (医疗机构执业许可证, or a small clinic&apos;s 诊所备案凭证) on the wall or on the health commission&apos;s website: its scope should list 医疗美容科 and the subject of your treatment (美容外科, 美容皮肤科, 美容牙科 or 美容中医科). Ask the doctor&apos;s registration and qualification; products such as fillers must be approved by the NMPA. A “no” here makes the health commission the first place to complain.</source>
        <translation>请查看机构墙上挂的或卫生健康委网站上的《医疗机构执业许可证》（小型诊所可能是《诊所备案凭证》）：诊疗科目中应有“医疗美容科”及您所做项目对应的二级科目（美容外科、美容皮肤科、美容牙科或美容中医科）。可以询问医生的执业注册和主诊医师资格；填充剂等产品须经国家药监局批准。如有一项为“否”，建议先向卫生健康部门投诉。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 2025-03-15</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Export dossier</source>
        <translation>导出材料汇编</translation>
    </message>
    <message>
        <source>Chinese (简体中文)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文（English）</translation>
    </message>
    <message>
        <source>Standard (smaller file)</source>
        <translation>标准（文件较小）</translation>
    </message>
    <message>
        <source>High (sharper photos)</source>
        <translation>高（照片更清晰）</translation>
    </message>
    <message>
        <source>Include items marked private</source>
        <translation>包含标记为私密的证据</translation>
    </message>
    <message>
        <source>Hide most digits of ID-card and phone numbers</source>
        <translation>隐藏身份证号和电话号码的大部分数字</translation>
    </message>
    <message>
        <source>In the text of the dossier, 110101199003071234 shows as 110***********1234 and 138 0000 1234 as 138 **** 1234.</source>
        <translation>在材料汇编的文字中，110101199003071234 显示为 110***********1234，138 0000 1234 显示为 138 **** 1234。</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>隐私：</translation>
    </message>
    <message>
        <source>Cover with exhibit fingerprints</source>
        <translation>封面（附各份证据的校验值）</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Summary and demand</source>
        <translation>案情摘要与诉求</translation>
    </message>
    <message>
        <source>Statement of circumstances</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>已采取的步骤</translation>
    </message>
    <message>
        <source>Evidence index</source>
        <translation>证据目录</translation>
    </message>
    <message>
        <source>Exhibits (photos, PDF pages, file details)</source>
        <translation>证据内容（照片、PDF 页面、文件信息）</translation>
    </message>
    <message>
        <source>Letters sent (their text as sent)</source>
        <translation>已寄出的信函（寄出时的原文）</translation>
    </message>
    <message>
        <source>Integrity appendix (how to check the fingerprints)</source>
        <translation>完整性附录（如何核对校验值）</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Print the recognised text under each exhibit</source>
        <translation>在每份证据下方附上识别出的文字</translation>
    </message>
    <message>
        <source>The text read in pictures and scans, with your corrections, marked as machine-read: the pictures stay the evidence. Items not read yet print none.</source>
        <translation>图片和扫描件中识别出的文字（含您的更正），标明为机器识别：证据仍以图片为准。尚未识别的证据不附文字。</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>In the dossier the ticked exhibits are numbered E1, E2… in this order.</source>
        <translation>在材料汇编中，勾选的证据会按这里的顺序编号为 E1、E2……</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Photo quality:</source>
        <translation>照片质量：</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The dossier organises your case for a regulator, mediator or lawyer. It is not legal advice. Each file is checked against its fingerprint while exporting.</source>
        <translation>材料汇编把您的案件整理成便于监管部门、调解员或律师查看的材料，它不是法律意见。导出时会逐一核对每个文件的校验值。</translation>
    </message>
    <message>
        <source>%1 dossier.pdf</source>
        <translation>%1 材料汇编.pdf</translation>
    </message>
    <message>
        <source>Save the dossier as</source>
        <translation>保存材料汇编</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the dossier.</source>
        <translation>请选择材料汇编的保存位置。</translation>
    </message>
    <message>
        <source>Tick at least one part of the dossier.</source>
        <translation>请至少勾选材料汇编的一个组成部分。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Checking fingerprints and preparing exhibits…</source>
        <translation>正在核对校验值并准备证据…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>正在排版页面…</translation>
    </message>
    <message>
        <source>Adding the exhibit pages…</source>
        <translation>正在添加证据页面…</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>正在保存 PDF…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages, %3 exhibits).</source>
        <translation>已保存 %1（共 %2 页，%3 份证据）。</translation>
    </message>
    <message>
        <source>The dossier was saved as %1.</source>
        <translation>材料汇编已保存为 %1。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Export cancelled. No dossier was saved.</source>
        <translation>已取消导出，没有保存材料汇编。</translation>
    </message>
    <message>
        <source>The dossier could not be made because of an unexpected problem (%1). Your case file is unchanged.</source>
        <translation>由于出现意外问题（%1），未能生成材料汇编。您的案件文件没有任何改动。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no file at {location}.</source>
        <translation>找不到文件：{location}。</translation>
    </message>
    <message>
        <source>{field} is not a case detail.</source>
        <translation>{field} 不是案件信息中的一项。</translation>
    </message>
    <message>
        <source>{value} is not a value of {field}.</source>
        <translation>{value} 不是 {field} 可以填写的值。</translation>
    </message>
    <message>
        <source>{value} is not a date for {field} (write it as YYYY-MM-DD).</source>
        <translation>{value} 不是 {field} 可用的日期（请写成 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>{location} is a folder, not a case file.</source>
        <translation>{location} 是一个文件夹，不是案件文件。</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes): it is not a case file.</source>
        <translation>{name} 是空文件（0 字节），不是案件文件。</translation>
    </message>
    <message>
        <source>{name} is not a case file (it is not a SQLite database).</source>
        <translation>{name} 不是案件文件（它不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>{name} is a database of another program, not a Refund Case Organizer case file.</source>
        <translation>{name} 是其他程序的数据库，不是维权案件整理助手的案件文件。</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {detail}.</source>
        <translation>无法打开 {name}：{detail}。</translation>
    </message>
    <message>
        <source>The app is not allowed to read {location}.</source>
        <translation>本应用没有读取 {location} 的权限。</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read ({detail}).</source>
        <translation>{name} 已损坏，无法读取（{detail}）。</translation>
    </message>
    <message>
        <source>{name} is damaged ({detail}).</source>
        <translation>{name} 已损坏（{detail}）。</translation>
    </message>
    <message>
        <source>{name} is truncated: it is shorter than one database page.</source>
        <translation>{name} 不完整：文件比一个数据库页还短。</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of Refund Case Organizer (case format {file_version}; this version reads up to {app_version}). Update the app to open it; the file was not changed.</source>
        <translation>{name} 是由更新版本的维权案件整理助手保存的（案件格式 {file_version}；当前版本最高只能读取 {app_version}）。请更新本应用后再打开；该文件没有被改动。</translation>
    </message>
    <message>
        <source>{name} is from an older version; open it for writing once to upgrade it (from a read-only disk, copy it to a writable folder first).</source>
        <translation>{name} 来自旧版本，需要以可写方式打开一次才能升级（如在只读磁盘上，请先复制到可写入的文件夹）。</translation>
    </message>
    <message>
        <source>{name} is already open in another window or program. Close it there first.</source>
        <translation>{name} 已在另一个窗口或程序中打开。请先在那里关闭它。</translation>
    </message>
    <message>
        <source>{name} is busy in another program; try again in a moment.</source>
        <translation>{name} 正被其他程序使用，请稍后再试。</translation>
    </message>
    <message>
        <source>This case is open read-only: changes cannot be saved.</source>
        <translation>此案件以只读方式打开，无法保存修改。</translation>
    </message>
    <message>
        <source>{name} is on a read-only disk or in a folder the app cannot write to. Copy it to a writable folder to work on it, or open it read-only to read and export.</source>
        <translation>{name} 位于只读磁盘上，或所在文件夹本应用无法写入。请把它复制到可以写入的文件夹再编辑，或以只读方式打开来查看和导出。</translation>
    </message>
    <message>
        <source>{name} cannot be written (read-only disk or file): the change was not saved.</source>
        <translation>无法写入 {name}（磁盘或文件是只读的）：这次修改没有保存。</translation>
    </message>
    <message>
        <source>{name} cannot be opened for writing: {detail}.</source>
        <translation>无法以可编辑方式打开 {name}：{detail}。</translation>
    </message>
    <message>
        <source>The folder of {name} cannot be written ({detail}).</source>
        <translation>{name} 所在的文件夹无法写入（{detail}）。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written.</source>
        <translation>文件夹 {folder} 无法写入。</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved, and the case is as it was before.</source>
        <translation>磁盘已满：这次修改没有保存，案件保持修改前的样子。</translation>
    </message>
    <message>
        <source>{name} is locked with a passphrase: enter it to open the case.</source>
        <translation>{name} 已用密码锁定：请输入密码打开案件。</translation>
    </message>
    <message>
        <source>The passphrase does not open {name}. Check it and try again; nothing was changed.</source>
        <translation>这个密码打不开 {name}。请检查后重试；没有做任何修改。</translation>
    </message>
    <message>
        <source>The new copy of {name} did not check out; the case was left as it was.</source>
        <translation>{name} 的新副本未通过检查；案件保持原样。</translation>
    </message>
    <message>
        <source>{name} can no longer be reached (was the USB stick removed, or the file or its folder moved?). Everything saved before is in the file; this change was not saved.</source>
        <translation>无法再访问 {name}（U 盘是否已被拔出，或文件及其文件夹已被移动？）。此前保存的内容都在文件中；这次修改没有保存。</translation>
    </message>
    <message>
        <source>{name} was not closed properly (a crash, or the disk was removed during a change), and it is on a read-only disk or in a folder the app cannot write to, so the unfinished change cannot be undone here. Copy {name} together with {journal} into a writable folder and open it there.</source>
        <translation>{name} 上次没有正常关闭（程序崩溃，或修改过程中磁盘被拔出），而且它位于只读磁盘或本应用无法写入的文件夹中，因此无法在这里撤销未完成的修改。请把 {name} 连同 {journal} 一起复制到可写入的文件夹，再从那里打开。</translation>
    </message>
    <message>
        <source>Reading or writing {name} failed (was the USB stick removed?). The last change was not saved.</source>
        <translation>读写 {name} 失败（U 盘是否被拔出了？）。最后一次修改没有保存。</translation>
    </message>
    <message>
        <source>Not enough free space: these files need about {needed} and the disk holding the case has {free} free. Nothing was imported. Free some space or move the case to a larger disk.</source>
        <translation>可用空间不足：这些文件大约需要 {needed}，而案件所在磁盘只剩 {free}。没有导入任何文件。请清理出一些空间，或把案件移到更大的磁盘上。</translation>
    </message>
    <message>
        <source>The case is on a FAT32 disk, where one file cannot exceed 4 GB. With these files the case would reach about {size}. Nothing was imported. Move the case to a disk formatted as exFAT or NTFS, or import fewer or smaller files.</source>
        <translation>案件位于 FAT32 格式的磁盘上，单个文件不能超过 4 GB。加入这些文件后，案件将达到约 {size}。没有导入任何文件。请把案件移到 exFAT 或 NTFS 格式的磁盘上，或者少导入一些、导入较小的文件。</translation>
    </message>
    <message>
        <source>{name} already exists; choose another name.</source>
        <translation>{name} 已存在，请换一个名称。</translation>
    </message>
    <message>
        <source>The copy could not be written to {location}: {detail}.</source>
        <translation>无法把副本写入 {location}：{detail}。</translation>
    </message>
    <message>
        <source>There is no evidence item {id} in this case.</source>
        <translation>此案件中没有编号为 {id} 的证据。</translation>
    </message>
    <message>
        <source>There is no line {id} of recognised text in this case.</source>
        <translation>本案件中没有第 {id} 行识别文字。</translation>
    </message>
    <message>
        <source>There is no event {id} in this case.</source>
        <translation>此案件中没有编号为 {id} 的事件。</translation>
    </message>
    <message>
        <source>There is no step {step} in this case.</source>
        <translation>此案件中没有步骤 {step}。</translation>
    </message>
    <message>
        <source>There is no letter {id} in this case.</source>
        <translation>本案件中没有编号为 {id} 的信函。</translation>
    </message>
    <message>
        <source>This letter was sent: it is kept exactly as it was sent. Make a new letter to write again.</source>
        <translation>这封信函已寄出，会按寄出时的原样保存。如需再写，请新建一封信函。</translation>
    </message>
    <message>
        <source>{value} is not a date (use YYYY-MM-DD).</source>
        <translation>{value} 不是有效日期（请使用 YYYY-MM-DD 格式）。</translation>
    </message>
    <message>
        <source>This file is too large to open in memory; export it instead.</source>
        <translation>这个文件太大，无法在内存中打开；请改为导出它。</translation>
    </message>
    <message>
        <source>“{name}” (evidence {id}) is damaged in the case file: its content no longer matches the SHA-256 recorded when it was imported. Check the case file (File menu) to see every item; a copy of the case made before the damage still holds it.</source>
        <translation>案件文件中的“{name}”（证据 {id}）已损坏：其内容与导入时记录的 SHA-256 不再一致。请用“文件”菜单中的“检查案件文件”查看所有证据；损坏之前保存的案件副本中仍有完好的原件。</translation>
    </message>
    <message>
        <source>Could not write {location}: {detail}.</source>
        <translation>无法写入 {location}：{detail}。</translation>
    </message>
    <message>
        <source>“{name}” is not a picture: only pictures can be redacted.</source>
        <translation>“{name}”不是图片：只能对图片进行遮盖。</translation>
    </message>
    <message>
        <source>Draw at least one box over what should be hidden.</source>
        <translation>请至少在需要遮盖的地方画一个方框。</translation>
    </message>
    <message>
        <source>An identical redacted copy is already in the case (evidence {id}).</source>
        <translation>案件中已有一份完全相同的遮盖副本（证据 {id}）。</translation>
    </message>
    <message>
        <source>“{name}” is too large to open safely, so it cannot be redacted here.</source>
        <translation>“{name}”过大，无法安全打开，因此不能在这里遮盖。</translation>
    </message>
    <message>
        <source>“{name}” could not be read as a picture ({detail}).</source>
        <translation>“{name}”无法作为图片读取（{detail}）。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written: choose another place for the dossier.</source>
        <translation>文件夹 {folder} 无法写入：请为材料汇编选择其他保存位置。</translation>
    </message>
    <message>
        <source>{count} evidence item(s) no longer match the SHA-256 recorded at import: {items}. The dossier was not made. Run Verify to see the details.</source>
        <translation>有 {count} 份证据与导入时记录的 SHA-256 校验值不再一致：{items}。材料汇编没有生成。请运行“校验证据”查看详情。</translation>
    </message>
    <message>
        <source>The dossier could not be written to {location}: {detail}.</source>
        <translation>无法把材料汇编写入 {location}：{detail}。</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>folder unreadable: {detail}</source>
        <translation>文件夹无法读取：{detail}</translation>
    </message>
    <message>
        <source>cannot be read: {detail}</source>
        <translation>无法读取：{detail}</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>empty file (0 bytes): there is nothing to keep</source>
        <translation>空文件（0 字节）：没有可保存的内容</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <source>reading failed part-way: {detail}</source>
        <translation>读取到一半时失败：{detail}</translation>
    </message>
    <message>
        <source>identical content is already in the case</source>
        <translation>案件中已有内容完全相同的文件</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>导入已取消</translation>
    </message>
</context>
<context>
    <name>EventDates</name>
    <message>
        <source>about {date}</source>
        <translation>{date}前后</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>用几个字写下发生了什么</translation>
    </message>
    <message>
        <source>Details: who, where, what was said or done</source>
        <translation>详细情况：谁、在哪里、说了什么或做了什么</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>It &amp;arrived on:</source>
        <translation>送达日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reply asked by:</source>
        <translation>要求答复日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>详细说明(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Linked evidence:</source>
        <translation>关联的证据(&amp;L)：</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Filed &amp;with:</source>
        <translation>投诉对象(&amp;W)：</translation>
    </message>
    <message>
        <source>Asked &amp;of:</source>
        <translation>向谁申请(&amp;O)：</translation>
    </message>
    <message>
        <source>Signed &amp;in:</source>
        <translation>在何处签署(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私密</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;</source>
        <translation>&lt;b&gt;证据&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Drag items onto an event or a step to link them.</source>
        <translation>把证据拖到事件或步骤上，即可建立关联。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
</context>
<context>
    <name>EvidenceTypes</name>
    <message>
        <source>JPEG photo</source>
        <translation>JPEG 照片</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>WebP 图片</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>TIFF 图片</translation>
    </message>
    <message>
        <source>BMP image</source>
        <translation>BMP 图片</translation>
    </message>
    <message>
        <source>HEIC photo (iPhone)</source>
        <translation>HEIC 照片（iPhone）</translation>
    </message>
    <message>
        <source>HEIF photo</source>
        <translation>HEIF 照片</translation>
    </message>
    <message>
        <source>AVIF image</source>
        <translation>AVIF 图片</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP 压缩包</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>未知类型</translation>
    </message>
    <message>
        <source>Audio recording ({0})</source>
        <translation>录音（{0}）</translation>
    </message>
    <message>
        <source>Video ({0})</source>
        <translation>视频（{0}）</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} 字节</translation>
    </message>
    <message>
        <source>{0:.0f} KB</source>
        <translation>{0:.0f} KB</translation>
    </message>
    <message>
        <source>{0:.1f} MB</source>
        <translation>{0:.1f} MB</translation>
    </message>
    <message>
        <source>{0:.2f} GB</source>
        <translation>{0:.2f} GB</translation>
    </message>
    <message>
        <source>about {0} s left</source>
        <translation>约剩 {0} 秒</translation>
    </message>
    <message>
        <source>about {0} min left</source>
        <translation>约剩 {0} 分钟</translation>
    </message>
    <message>
        <source>A copy of “{0}” (no longer in the case) with %n area(s) blacked out</source>
        <translation>“{0}”（已不在案件中）的副本，涂黑了 %n 处</translation>
    </message>
    <message>
        <source>A copy of “{0}” (in the trash) with %n area(s) blacked out</source>
        <translation>“{0}”（在回收站中）的副本，涂黑了 %n 处</translation>
    </message>
    <message>
        <source>A copy of {0} “{1}” with %n area(s) blacked out</source>
        <translation>{0}“{1}”的副本，涂黑了 %n 处</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <source>Drag photos, PDFs, chat screenshots and recordings here to add them to the case, or use “Add files…”.</source>
        <translation>把照片、PDF、聊天截图和录音拖到这里，即可添加到案件中；也可以点击“添加文件…”。</translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation>证据列表</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Show category</source>
        <translation>按类别显示</translation>
    </message>
    <message>
        <source>Filter by words in the title, notes, file name…</source>
        <translation>按标题、备注、文件名等中的文字筛选…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop reading the text in pictures (what was read is kept; “Read the text” on an item reads it later)</source>
        <translation>停止识别图片中的文字（已识别的会保留；之后可对某份证据使用“识别文字”）</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add files to the case (you can also drag them here)</source>
        <translation>向案件添加文件（也可以直接拖到这里）</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <source>Show thumbnails</source>
        <translation>显示缩略图</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Show a detailed list</source>
        <translation>显示详细列表</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Give the selected items earlier exhibit numbers (Alt+Up)</source>
        <translation>让选中证据的编号靠前（Alt+↑）</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Give the selected items later exhibit numbers (Alt+Down)</source>
        <translation>让选中证据的编号靠后（Alt+↓）</translation>
    </message>
    <message>
        <source>Set category</source>
        <translation>设置类别</translation>
    </message>
    <message>
        <source>Link to event or step…</source>
        <translation>关联到事件或步骤…</translation>
    </message>
    <message>
        <source>Link the selected items to a timeline event or a checklist step</source>
        <translation>把选中的证据关联到时间线上的事件或清单中的步骤</translation>
    </message>
    <message>
        <source>Mark private</source>
        <translation>标记为私密</translation>
    </message>
    <message>
        <source>Private items are left out of what you share</source>
        <translation>私密的证据不会出现在您分享出去的材料中</translation>
    </message>
    <message>
        <source>Mark not private</source>
        <translation>取消私密</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Move the selected items to the trash (Delete); you can undo or restore them</source>
        <translation>把选中的证据移到回收站（Delete 键）；之后可以撤销或恢复</translation>
    </message>
    <message>
        <source>Open in another program</source>
        <translation>用其他程序打开</translation>
    </message>
    <message>
        <source>Open a copy of the file with the program your computer uses for it</source>
        <translation>用电脑上对应的程序打开该文件的一个副本</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>导出副本…</translation>
    </message>
    <message>
        <source>Save an exact copy of the file somewhere else</source>
        <translation>把文件原样复制一份，保存到其他位置</translation>
    </message>
    <message>
        <source>Redact…</source>
        <translation>遮盖…</translation>
    </message>
    <message>
        <source>Black out faces, ID numbers or names in a new copy of this picture; the original is kept as it is</source>
        <translation>在这张图片的新副本中涂黑面部、证件号码或姓名；原件保持不变</translation>
    </message>
    <message>
        <source>Trash…</source>
        <translation>回收站…</translation>
    </message>
    <message>
        <source>See the items in the trash, restore them or empty it</source>
        <translation>查看回收站中的证据，可以恢复或清空</translation>
    </message>
    <message>
        <source>Read the text</source>
        <translation>识别文字</translation>
    </message>
    <message>
        <source>Read the text in the selected pictures and scans with the computer (on this computer; nothing is sent anywhere)</source>
        <translation>用电脑识别所选图片和扫描件中的文字（在本机完成，不会发送到任何地方）</translation>
    </message>
    <message>
        <source>Read all unread items now</source>
        <translation>立即识别所有尚未识别的证据</translation>
    </message>
    <message>
        <source>Read the text automatically</source>
        <translation>自动识别文字</translation>
    </message>
    <message>
        <source>After files are added, read the text in screenshots, scans, documents and receipts in the background</source>
        <translation>添加文件后，在后台识别截图、扫描件、文件和收据中的文字</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Go to preview</source>
        <translation>转到预览</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私密</translation>
    </message>
    <message>
        <source>Read the text in pictures and scans</source>
        <translation>识别图片和扫描件中的文字</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 份证据</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} shown</source>
        <translation>显示 {0} 份，共 {1} 份</translation>
    </message>
    <message>
        <source>Add files to the case</source>
        <translation>向案件添加文件</translation>
    </message>
    <message>
        <source>Files not added</source>
        <translation>文件未添加</translation>
    </message>
    <message>
        <source>This case is open read-only: files cannot be added to it.</source>
        <translation>此案件以只读方式打开，不能添加文件。</translation>
    </message>
    <message>
        <source>Files are already being added. Wait until that finishes, then add these.</source>
        <translation>正在添加其他文件。请等添加完成后，再添加这些文件。</translation>
    </message>
    <message>
        <source>Reading text: {done} of {total}…</source>
        <translation>正在识别文字：{done} / {total}…</translation>
    </message>
    <message>
        <source>Text ({0})</source>
        <translation>文字（{0}）</translation>
    </message>
    <message>
        <source>Making thumbnails: {done} of {total}…</source>
        <translation>正在生成缩略图：{done} / {total}…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Move {0} up</source>
        <translation>上移 {0}</translation>
    </message>
    <message>
        <source>Move {0} down</source>
        <translation>下移 {0}</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items up</source>
        <translation>
            <numerusform>上移 %n 份证据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n items down</source>
        <translation>
            <numerusform>下移 %n 份证据</numerusform>
        </translation>
    </message>
    <message>
        <source>Move {0}</source>
        <translation>移动 {0}</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translation>
            <numerusform>移动 %n 份证据</numerusform>
        </translation>
    </message>
    <message>
        <source>Set category of {0} to {1}</source>
        <translation>将 {0} 的类别设为“{1}”</translation>
    </message>
    <message numerus="yes">
        <source>Set category of %n items to {0}</source>
        <translation>
            <numerusform>将 %n 份证据的类别设为“{0}”</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark {0} private</source>
        <translation>将 {0} 标记为私密</translation>
    </message>
    <message>
        <source>Mark {0} not private</source>
        <translation>取消 {0} 的私密标记</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n items private</source>
        <translation>
            <numerusform>将 %n 份证据标记为私密</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n items not private</source>
        <translation>
            <numerusform>取消 %n 份证据的私密标记</numerusform>
        </translation>
    </message>
    <message>
        <source>Move {0} to the trash</source>
        <translation>将 {0} 移到回收站</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items to the trash</source>
        <translation>
            <numerusform>将 %n 份证据移到回收站</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link %n item(s) to an event</source>
        <translation>
            <numerusform>将 %n 份证据关联到事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link %n item(s) to a step</source>
        <translation>
            <numerusform>将 %n 份证据关联到步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>打开副本</translation>
    </message>
    <message>
        <source>This case is locked with a passphrase, but the program that opens {0} cannot read it there: an unencrypted copy will be written in the app&apos;s own folder ({1}) and opened.

It is deleted when you close the case or quit the app. Until then anyone using this computer could open it.</source>
        <translation>此案件已用密码加密，但用来打开 {0} 的程序无法读取加密内容：将在本应用自己的文件夹（{1}）中写入一份未加密的副本并打开。

关闭案件或退出本应用时，这份副本会被删除。在此之前，使用这台电脑的任何人都能打开它。</translation>
    </message>
    <message>
        <source>A copy of {0} will be saved in {1} and opened with the program your computer uses for this type of file.

That copy is outside the case file: changing it does not change the evidence, and it stays on this computer until you delete it.</source>
        <translation>{0} 的一个副本将保存到 {1}，并用电脑上打开这类文件的程序打开。

这个副本不在案件文件里：修改它不会改动证据本身。它会一直留在这台电脑上，直到您把它删除。</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>不再提示</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>导出副本</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>副本已保存</translation>
    </message>
    <message>
        <source>An exact copy of {0} was saved as {1}.</source>
        <translation>{0} 的原样副本已保存为 {1}。</translation>
    </message>
    <message>
        <source>The copy could not be written ({0}).</source>
        <translation>无法写入副本（{0}）。</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>副本未保存</translation>
    </message>
</context>
<context>
    <name>ExhibitChoiceModel</name>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2（%3）</translation>
    </message>
    <message>
        <source>%1 · private</source>
        <translation>%1 · 私密</translation>
    </message>
</context>
<context>
    <name>FieldBox</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy this field, to paste it into the form</source>
        <translation>复制此栏内容，粘贴到表单中</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} 字</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} 字</translation>
    </message>
    <message>
        <source>The form takes at most {limit} characters here: shorten the text before you paste it.</source>
        <translation>表单此栏最多 {limit} 字：粘贴前请先删减。</translation>
    </message>
</context>
<context>
    <name>FieldsEditor</name>
    <message>
        <source>Edit title of {0}</source>
        <translation>修改 {0} 的标题</translation>
    </message>
    <message>
        <source>Edit category of {0}</source>
        <translation>修改 {0} 的类别</translation>
    </message>
    <message>
        <source>Edit what {0} proves</source>
        <translation>修改 {0} 的证明内容</translation>
    </message>
    <message>
        <source>Edit source of {0}</source>
        <translation>修改 {0} 的来源</translation>
    </message>
    <message>
        <source>Edit date of {0}</source>
        <translation>修改 {0} 的日期</translation>
    </message>
    <message>
        <source>Edit notes of {0}</source>
        <translation>修改 {0} 的备注</translation>
    </message>
    <message>
        <source>Mark {0} private</source>
        <translation>将 {0} 标记为私密</translation>
    </message>
    <message>
        <source>Mark {0} not private</source>
        <translation>取消 {0} 的私密标记</translation>
    </message>
    <message>
        <source>For example: the clinic promised a refund if I was not satisfied.</source>
        <translation>例如：机构承诺，如果我不满意可以退款。</translation>
    </message>
    <message>
        <source>Where it comes from: my phone, the clinic&apos;s WeChat, the bank…</source>
        <translation>来自哪里：我的手机、机构的微信、银行…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or YYYY-MM-DD HH:MM</source>
        <translation>如 2025-03-15 或 2025-03-15 14:30</translation>
    </message>
    <message>
        <source>Private: leave it out of what I share</source>
        <translation>私密：不放进我分享出去的材料</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>What it &amp;proves</source>
        <translation>证明内容(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>制作自</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256 哈希值</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The file (never changed)</source>
        <translation>原始文件（不会被改动）</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected: use the toolbar or the context menu to change them together.</source>
        <translation>
            <numerusform>已选中 %n 份证据：可以通过工具栏或右键菜单一起修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} ({1} bytes)</source>
        <translation>{0}（{1} 字节）</translation>
    </message>
    <message>
        <source>{0} (UTC{1})</source>
        <translation>{0}（UTC{1}）</translation>
    </message>
    <message>
        <source>not recorded in the file</source>
        <translation>文件中没有记录</translation>
    </message>
    <message>
        <source>This is not a date the app can read: write it like 2024-03-15 or 2024-03-15 14:30. It was not saved.</source>
        <translation>无法识别这个日期，请按 2024-03-15 或 2024-03-15 14:30 这样的格式填写。这次修改没有保存。</translation>
    </message>
</context>
<context>
    <name>GridDelegate</name>
    <message>
        <source>Private · {0}</source>
        <translation>私密 · {0}</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Preparing the import…</source>
        <translation>正在准备导入…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation>正在添加证据</translation>
    </message>
    <message>
        <source>Adding file {0} of {1}:</source>
        <translation>正在添加第 {0} 个文件，共 {1} 个：</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>Files not added</source>
        <translation>文件未添加</translation>
    </message>
    <message>
        <source>The import stopped because of an unexpected error. Files added before it stay in the case.</source>
        <translation>由于出现意外错误，导入已停止。在此之前已添加的文件仍保留在案件中。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added to the case.</source>
        <translation>
            <numerusform>已向案件添加 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the case and were not added again.</source>
        <translation>
            <numerusform>有 %n 个文件已在案件中，没有重复添加。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added (see the details).</source>
        <translation>
            <numerusform>有 %n 个文件无法添加（请查看详细信息）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You stopped the import: %n file(s) were not added. The file being read when you stopped was not kept.</source>
        <translation>
            <numerusform>您已停止导入：有 %n 个文件没有添加。停止时正在读取的那个文件没有保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Files added</source>
        <translation>文件已添加</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
</context>
<context>
    <name>LetterPanel</name>
    <message>
        <source>When did it arrive?…</source>
        <translation>何时送达？…</translation>
    </message>
    <message>
        <source>Go to the next one</source>
        <translation>转到下一处</translation>
    </message>
    <message>
        <source>Copy letter</source>
        <translation>复制信函</translation>
    </message>
    <message>
        <source>Copy the whole letter, to paste it elsewhere</source>
        <translation>复制整封信函，粘贴到别处</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>A PDF to print, sign and send, or to attach</source>
        <translation>生成 PDF，可打印、签名后寄出，或作为附件</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>另存为文本…</translation>
    </message>
    <message>
        <source>A plain text file</source>
        <translation>纯文本文件</translation>
    </message>
    <message>
        <source>Draft again from the case…</source>
        <translation>根据案件重新起草…</translation>
    </message>
    <message>
        <source>Write the letter again from the case&apos;s details as they are now; you see what would change first</source>
        <translation>按案件当前的信息重新起草这封信函；替换前会先显示有哪些改动</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>历史版本…</translation>
    </message>
    <message>
        <source>Every version of this letter</source>
        <translation>这封信函的所有版本</translation>
    </message>
    <message>
        <source>Mark sent…</source>
        <translation>标记为已寄出…</translation>
    </message>
    <message>
        <source>Record when and how you sent it: the letter is then kept as sent, and the timeline and deadlines follow</source>
        <translation>记录寄出的日期和方式：信函随即按寄出时的原样保存，时间线和期限也随之更新</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Delete this draft (Undo brings it back)</source>
        <translation>删除这份草稿（可用“撤销”恢复）</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) still to fill in, highlighted in the text.</source>
        <translation>
            <numerusform>还有 %n 处需要填写，已在正文中突出显示。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>要求函</translation>
    </message>
    <message>
        <source>12315 complaint</source>
        <translation>12315 投诉</translation>
    </message>
    <message>
        <source>Health complaint</source>
        <translation>卫健投诉</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <source>Consumer association</source>
        <translation>消费者协会</translation>
    </message>
    <message>
        <source>Payment dispute</source>
        <translation>支付争议</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>案情说明</translation>
    </message>
    <message>
        <source>Civil complaint</source>
        <translation>民事起诉状</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n 个版本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message>
        <source>Letters</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>The app drafts each letter from your case for you to read, correct and complete before you use it. It gives guidance, not legal advice, and cannot promise how the clinic or an office will answer.</source>
        <translation>本应用根据您的案件起草信函，使用前请您通读、修改并补全。本应用提供的是指引，不是法律意见，也无法保证诊所或有关部门会如何答复。</translation>
    </message>
    <message>
        <source>New letter…</source>
        <translation>新建信函…</translation>
    </message>
    <message>
        <source>No letters yet. Choose “New letter…”: the app suggests the letter for your next step and drafts it from what the case holds. Whatever the case does not hold yet is left as a highlighted place to fill in.</source>
        <translation>还没有信函。请点击“新建信函…”：本应用会推荐适合您下一步的信函，并根据案件中已有的信息起草。案件中还没有的信息会留作突出显示的待填写处。</translation>
    </message>
    <message>
        <source>To: {recipient}</source>
        <translation>收件方：{recipient}</translation>
    </message>
    <message>
        <source>Sent on {date}</source>
        <translation>{date}寄出</translation>
    </message>
    <message>
        <source>tracking no. {number}</source>
        <translation>单号 {number}</translation>
    </message>
    <message>
        <source>Kept exactly as sent; it can no longer be changed.</source>
        <translation>已按寄出时的原样保存，不能再修改。</translation>
    </message>
    <message>
        <source>The day it arrived is not recorded: the deadlines count from the day it was sent until you add it.</source>
        <translation>尚未记录送达日期：在您补上之前，各项期限从寄出之日起算。</translation>
    </message>
    <message>
        <source>Draft · written in {language}</source>
        <translation>草稿 · 使用{language}</translation>
    </message>
    <message>
        <source>A draft to check with a lawyer or the court&apos;s filing desk before you use it.</source>
        <translation>这是草稿，使用前请向律师或法院立案窗口核实。</translation>
    </message>
    <message>
        <source>Edit letter “{title}”</source>
        <translation>修改信函“{title}”</translation>
    </message>
    <message>
        <source>New letter “{title}”</source>
        <translation>新建信函“{title}”</translation>
    </message>
    <message>
        <source>This letter already says what the case holds: drafting it again would change nothing.</source>
        <translation>这封信函已与案件信息一致，重新起草不会有任何改动。</translation>
    </message>
    <message>
        <source>Draft “{title}” again from the case</source>
        <translation>根据案件重新起草“{title}”</translation>
    </message>
    <message>
        <source>Use an earlier version of “{title}”</source>
        <translation>使用“{title}”的较早版本</translation>
    </message>
    <message>
        <source>Delete letter “{title}”</source>
        <translation>删除信函“{title}”</translation>
    </message>
    <message>
        <source>This letter still has {count} place(s) to fill in. Mark it sent as it is?</source>
        <translation>这封信函还有 {count} 处没有填写。仍按现状标记为已寄出吗？</translation>
    </message>
    <message>
        <source>Mark sent as it is</source>
        <translation>按现状标记为已寄出</translation>
    </message>
    <message>
        <source>Mark “{title}” sent</source>
        <translation>将“{title}”标记为已寄出</translation>
    </message>
    <message>
        <source>Record when “{title}” arrived</source>
        <translation>记录“{title}”的送达日期</translation>
    </message>
    <message>
        <source>This letter still has {count} place(s) to fill in. Copy it as it is?</source>
        <translation>这封信函还有 {count} 处没有填写。仍按现状复制吗？</translation>
    </message>
    <message>
        <source>Copy as it is</source>
        <translation>按现状复制</translation>
    </message>
    <message>
        <source>“{field}” still has {count} place(s) to fill in. Copy it as it is?</source>
        <translation>“{field}”还有 {count} 处没有填写。仍按现状复制吗？</translation>
    </message>
    <message>
        <source>This letter still has {count} place(s) to fill in. Save it as it is?</source>
        <translation>这封信函还有 {count} 处没有填写。仍按现状保存吗？</translation>
    </message>
    <message>
        <source>Save as it is</source>
        <translation>按现状保存</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>将信函另存为 PDF</translation>
    </message>
    <message>
        <source>Save the letter as text</source>
        <translation>将信函另存为文本</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Saving the letter…</source>
        <translation>正在保存信函…</translation>
    </message>
    <message>
        <source>The letter was saved as {name}.</source>
        <translation>信函已保存为 {name}。</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Places still to fill in</source>
        <translation>还有待填写处</translation>
    </message>
    <message>
        <source>Go back and fill them in</source>
        <translation>返回填写</translation>
    </message>
</context>
<context>
    <name>LinkChooserDialog</name>
    <message>
        <source>Link to an event or a step</source>
        <translation>关联到事件或步骤</translation>
    </message>
    <message numerus="yes">
        <source>Link %n item(s) to:</source>
        <translation>
            <numerusform>将 %n 份证据关联到：</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to narrow the list</source>
        <translation>输入文字以缩小范围</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
</context>
<context>
    <name>LinkTargetModel</name>
    <message>
        <source>Event: {0}, {1}</source>
        <translation>事件：{0}，{1}</translation>
    </message>
    <message>
        <source>Step {0}: {1}</source>
        <translation>步骤 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>{name} is hidden</source>
        <translation>{name} 已隐藏</translation>
    </message>
    <message>
        <source>The case was hidden because this computer was not used for a while, or you hid it. Enter its passphrase to go on; everything is as you left it.</source>
        <translation>由于这台电脑一段时间没有使用，或您手动隐藏了案件，案件已被隐藏。请输入密码继续；一切保持原样。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>That passphrase does not open this case.</source>
        <translation>这个密码打不开此案件。</translation>
    </message>
    <message>
        <source>Show the case</source>
        <translation>显示案件</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>关闭案件</translation>
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
        <source>&amp;Passphrase…</source>
        <translation>密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Hide the case now</source>
        <translation>立即隐藏案件(&amp;H)</translation>
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
        <source>&amp;Letters</source>
        <translation>信函(&amp;L)</translation>
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
        <source>Read-only: nothing in this case can be changed here.</source>
        <translation>只读：这里不能修改此案件。</translation>
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
        <source>Hide the case after no use</source>
        <translation>无操作后隐藏案件</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was stopped before the end. Nothing was changed.</source>
        <translation>校验在完成前已停止，没有改动任何内容。</translation>
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
        <source>&amp;Check the case file…</source>
        <translation>检查案件文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Check the case file</source>
        <translation>检查案件文件</translation>
    </message>
    <message>
        <source>All {count} evidence items are unchanged: each one still matches the SHA-256 fingerprint recorded when it was imported. The case&apos;s history log is intact ({entries} entries), and the case file&apos;s structure is sound.</source>
        <translation>全部 {count} 项证据均未改变：每一项都与导入时记录的 SHA-256 指纹一致。案件的历史记录完整（{entries} 条），案件文件的结构也完好。</translation>
    </message>
    <message>
        <source>The case file&apos;s structure is damaged ({detail}).</source>
        <translation>案件文件的结构已损坏（{detail}）。</translation>
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
        <source>&amp;What kind of dispute:</source>
        <translation>纠纷类型(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Lock this case with a passphrase (it is encrypted: a lost stick gives nothing away)</source>
        <translation>用密码锁定此案件(&amp;L)（文件会被加密：U 盘丢失也不会泄露内容）</translation>
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
    <name>NewLetterDialog</name>
    <message>
        <source>New letter</source>
        <translation>新建信函</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>★ Suggested for your next step, “{step}”.</source>
        <translation>★ 推荐用于您的下一步：“{step}”。</translation>
    </message>
    <message>
        <source>Choose the letter you need.</source>
        <translation>请选择您需要的信函。</translation>
    </message>
    <message>
        <source>The language the letter is written in. A clinic, an office or a court in China works in Chinese.</source>
        <translation>信函使用的语言。国内的机构、行政部门和法院都使用中文。</translation>
    </message>
    <message>
        <source>Draft the letter</source>
        <translation>起草信函</translation>
    </message>
    <message>
        <source>Write it in</source>
        <translation>使用语言</translation>
    </message>
    <message>
        <source>To: {recipient}</source>
        <translation>收件方：{recipient}</translation>
    </message>
    <message>
        <source>Laid out field by field as the online form asks, each ready to copy.</source>
        <translation>按网上表单的栏目逐项排列，每一栏都可直接复制。</translation>
    </message>
    <message>
        <source>A draft to check with a lawyer or the court&apos;s filing desk before you use it.</source>
        <translation>这是草稿，使用前请向律师或法院立案窗口核实。</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Keep the passphrase somewhere safe. If it is forgotten, nobody can open this case any more: not you, not a helper, not this app. There is no way to recover it.</source>
        <translation>请把密码保存在安全的地方。一旦忘记，任何人都无法再打开此案件：您自己、帮助您的人、本应用都不行。密码无法找回。</translation>
    </message>
    <message>
        <source>At least 8 characters; a short sentence is easy to remember</source>
        <translation>至少 8 个字符；一句短语更容易记住</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>请至少使用 8 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>两次输入的密码还不一致。</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>两次输入的密码一致。</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>could not be read: {detail}</source>
        <translation>无法读取：{detail}</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>空文件（0 字节）</translation>
    </message>
    <message>
        <source>image too large to decode safely (possible decompression bomb): kept as an attachment</source>
        <translation>图片过大，无法安全解码（可能是“解压炸弹”）：已作为附件保存</translation>
    </message>
    <message>
        <source>image could not be fully read ({detail}): kept as an attachment</source>
        <translation>图片未能完整读取（{detail}）：已作为附件保存</translation>
    </message>
    <message>
        <source>EXIF metadata unreadable ({detail})</source>
        <translation>EXIF 元数据无法读取（{detail}）</translation>
    </message>
    <message>
        <source>EXIF metadata partly unreadable ({detail})</source>
        <translation>EXIF 元数据部分无法读取（{detail}）</translation>
    </message>
    <message>
        <source>EXIF capture time unreadable ({value})</source>
        <translation>EXIF 拍摄时间无法读取（{value}）</translation>
    </message>
    <message>
        <source>password-protected PDF: its pages cannot be read or previewed</source>
        <translation>PDF 设有密码：无法读取或预览其页面</translation>
    </message>
    <message>
        <source>PDF could not be opened ({detail})</source>
        <translation>PDF 无法打开（{detail}）</translation>
    </message>
    <message>
        <source>PDF first page could not be rendered ({detail})</source>
        <translation>PDF 第一页无法显示（{detail}）</translation>
    </message>
    <message>
        <source>type not recognised: kept as an attachment</source>
        <translation>无法识别文件类型：已作为附件保存</translation>
    </message>
    <message>
        <source>reading this file took longer than {seconds} s and was stopped: kept as an attachment</source>
        <translation>读取此文件超过 {seconds} 秒，已停止：已作为附件保存</translation>
    </message>
    <message>
        <source>the file crashed the reader (exit code {exit_code}): kept as an attachment</source>
        <translation>读取此文件时读取程序崩溃（退出代码 {exit_code}）：已作为附件保存</translation>
    </message>
    <message>
        <source>the file could not be read ({error}): kept as an attachment</source>
        <translation>此文件无法读取（{error}）：已作为附件保存</translation>
    </message>
    <message>
        <source>looks like a photo of people or places (little text found): its text was not read</source>
        <translation>看起来是人物或场景照片（文字很少）：未识别其中的文字</translation>
    </message>
    <message>
        <source>only the first {pages} pages were read</source>
        <translation>只识别了前 {pages} 页</translation>
    </message>
    <message>
        <source>reading the text took longer than {seconds} s and was stopped</source>
        <translation>识别文字超过 {seconds} 秒，已停止</translation>
    </message>
    <message>
        <source>the text could not be read (the reader stopped: {reason})</source>
        <translation>未能识别文字（识别程序中止：{reason}）</translation>
    </message>
    <message>
        <source>No preview for this type of file: open it in another program to see it.</source>
        <translation>无法预览此类文件：请用其他程序打开查看。</translation>
    </message>
    <message>
        <source>This image is too large to show safely; open it in another program.</source>
        <translation>此图片过大，无法安全显示；请用其他程序打开。</translation>
    </message>
    <message>
        <source>This image could not be shown ({detail}).</source>
        <translation>此图片无法显示（{detail}）。</translation>
    </message>
    <message>
        <source>This PDF is password-protected: its pages cannot be shown. Open it in another program with its password.</source>
        <translation>此 PDF 设有密码，无法显示其页面。请用其他程序输入密码后打开。</translation>
    </message>
    <message>
        <source>This PDF could not be opened ({detail}).</source>
        <translation>此 PDF 无法打开（{detail}）。</translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation>此 PDF 没有页面。</translation>
    </message>
    <message>
        <source>“{name}” is damaged in the case file: its content no longer matches the SHA-256 recorded when it was imported. Check the case file (File menu) to see every item.</source>
        <translation>案件文件中的“{name}”已损坏：其内容与导入时记录的 SHA-256 不再一致。请用“文件”菜单中的“检查案件文件”查看所有证据。</translation>
    </message>
    <message>
        <source>too large to make a thumbnail of: kept without a picture</source>
        <translation>文件过大，未生成缩略图：已保存，但没有预览图</translation>
    </message>
    <message>
        <source>the stored content could not be read back ({detail})</source>
        <translation>已保存的内容无法读出（{detail}）</translation>
    </message>
    <message>
        <source>Page {page} could not be drawn ({detail}).</source>
        <translation>第 {page} 页无法显示（{detail}）。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>With a passphrase, the whole case file is encrypted: without it nothing in it can be read, not the titles, the pictures or the search. The case is written anew and checked before the old file is replaced.</source>
        <translation>设置密码后，整个案件文件都会被加密：没有密码，任何内容都无法读取，包括标题、图片和搜索。案件会被重新写入并检查，确认无误后才替换原文件。</translation>
    </message>
    <message>
        <source>This case is locked with a passphrase.</source>
        <translation>此案件已用密码锁定。</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>Remove the passphrase (the case file will no longer be encrypted)</source>
        <translation>取消密码（案件文件将不再加密）</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>Lock the case</source>
        <translation>锁定案件</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>取消密码</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Locked case</source>
        <translation>已加密的案件</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>{name} is locked with a passphrase. Enter it to open the case.</source>
        <translation>{name} 已用密码锁定。请输入密码打开案件。</translation>
    </message>
    <message>
        <source>That passphrase does not open it. Check it (capital letters too) and try again; nothing was changed.</source>
        <translation>这个密码打不开它。请检查（包括大小写）后重试；没有做任何修改。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>PhotoSuggestionBanner</name>
    <message>
        <source>Add this event…</source>
        <translation>添加此事件…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Next suggestion</source>
        <translation>下一条建议</translation>
    </message>
    <message>
        <source>A photo was taken on {day}: add an event?</source>
        <translation>有 1 张照片拍摄于 {day}：要添加一个事件吗？</translation>
    </message>
    <message>
        <source>{count} photos taken on {day}: add an event?</source>
        <translation>有 {count} 张照片拍摄于 {day}：要添加一个事件吗？</translation>
    </message>
    <message>
        <source>(suggestion {index} of {total})</source>
        <translation>（第 {index} 条建议，共 {total} 条）</translation>
    </message>
</context>
<context>
    <name>PlaybookUpdateDialog</name>
    <message>
        <source>The guidance has been brought up to date</source>
        <translation>维权指引已更新</translation>
    </message>
    <message>
        <source>Update the steps</source>
        <translation>更新步骤</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不更新</translation>
    </message>
    <message>
        <source>an earlier date</source>
        <translation>更早的日期</translation>
    </message>
    <message>
        <source>Your steps were made with the guidance as of {old}; the app now has the guidance as of {new}.</source>
        <translation>您的步骤是按截至 {old} 的指引建立的；本应用现在的指引截至 {new}。</translation>
    </message>
    <message>
        <source>New steps</source>
        <translation>新增的步骤</translation>
    </message>
    <message>
        <source>Steps whose guidance was rewritten</source>
        <translation>内容有修改的步骤</translation>
    </message>
    <message>
        <source>Steps no longer in the guidance (kept in your case, with what you recorded)</source>
        <translation>已不在指引中的步骤（仍保留在案件中，连同您的记录）</translation>
    </message>
    <message>
        <source>The earlier guidance is not kept in this version of the app, so the rewritten steps cannot be listed.</source>
        <translation>本版本的应用没有保存旧版指引，因此无法列出内容有修改的步骤。</translation>
    </message>
    <message>
        <source>Every status, date, note and link you recorded stays as it is. Nothing changes unless you choose “Update the steps”, and Edit › Undo takes it back.</source>
        <translation>您记录的每个状态、日期、备注和关联都保持不变。只有在您选择“更新步骤”后才会更改，而且可以用“编辑 › 撤销”恢复。</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Show the whole picture (Ctrl+0)</source>
        <translation>显示完整图片（Ctrl+0）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>缩小（Ctrl+−）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Actual size (Ctrl+1)</source>
        <translation>实际大小（Ctrl+1）</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>下一页（Page Down）</translation>
    </message>
    <message>
        <source>Text boxes</source>
        <translation>文字框</translation>
    </message>
    <message>
        <source>Show where the computer read text in this picture; click a box to see its line</source>
        <translation>显示电脑在这张图片中识别出文字的位置；点击方框可查看对应的那一行</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Select an item to see it here.</source>
        <translation>选择一份证据，即可在这里查看。</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>正在加载预览…</translation>
    </message>
    <message>
        <source>The preview could not be made ({0}).</source>
        <translation>无法生成预览（{0}）。</translation>
    </message>
    <message>
        <source>There is no preview for this file.</source>
        <translation>此文件无法预览。</translation>
    </message>
    <message>
        <source>{0}
{1}, {2}</source>
        <translation>{0}
{1}，{2}</translation>
    </message>
    <message>
        <source>{0:.0f}%</source>
        <translation>{0:.0f}%</translation>
    </message>
    <message>
        <source>Page {0} / {1}</source>
        <translation>第 {0} 页 / 共 {1} 页</translation>
    </message>
</context>
<context>
    <name>RecentCasesModel</name>
    <message>
        <source>{name} (not found in {folder})</source>
        <translation>{name}（在 {folder} 中找不到）</translation>
    </message>
    <message>
        <source>{name}  —  {folder}  (locked with a passphrase)</source>
        <translation>{name}  —  {folder}（已用密码锁定）</translation>
    </message>
    <message>
        <source>{name}  —  {folder}</source>
        <translation>{name}  —  {folder}</translation>
    </message>
</context>
<context>
    <name>RecognisedTextPanel</name>
    <message>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
    <message>
        <source>Copy every line, corrections included</source>
        <translation>复制所有行（包括您的更正）</translation>
    </message>
    <message>
        <source>Recognised text</source>
        <translation>识别出的文字</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Correct this line</source>
        <translation>更正这一行</translation>
    </message>
    <message>
        <source>Back to the computer&apos;s reading</source>
        <translation>恢复电脑识别的文字</translation>
    </message>
    <message>
        <source>Corrected by you. The computer read: {0}</source>
        <translation>已由您更正。电脑识别为：{0}</translation>
    </message>
    <message>
        <source>The computer was not sure of this line: check it against the picture.</source>
        <translation>电脑对这一行没有把握：请对照图片核对。</translation>
    </message>
    <message>
        <source>Text of the PDF itself, page {0}</source>
        <translation>PDF 自带的文字，第 {0} 页</translation>
    </message>
    <message>
        <source>Read by the computer on page {0}</source>
        <translation>由电脑识别，第 {0} 页</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>重新识别</translation>
    </message>
    <message>
        <source>Read the text</source>
        <translation>识别文字</translation>
    </message>
    <message>
        <source>Read the text in this item with the computer (on this computer; nothing is sent anywhere)</source>
        <translation>用电脑识别这份证据中的文字（在本机完成，不会发送到任何地方）</translation>
    </message>
    <message>
        <source>Reading the text in this item…</source>
        <translation>正在识别这份证据中的文字…</translation>
    </message>
    <message>
        <source>There is no text to read in this kind of file.</source>
        <translation>这类文件中没有可识别的文字。</translation>
    </message>
    <message>
        <source>The text in this item has not been read yet.</source>
        <translation>这份证据中的文字尚未识别。</translation>
    </message>
    <message>
        <source>This PDF carries its own text ({0} lines), shown as it is.</source>
        <translation>这份 PDF 自带文字（{0} 行），按原样显示。</translation>
    </message>
    <message>
        <source>Read by the computer on {when}: {count} lines. The picture is the evidence; check these lines against it. Double-click a line to correct it.</source>
        <translation>已于 {when} 由电脑识别：共 {count} 行。证据以图片为准，请对照图片核对这些文字。双击某一行即可更正。</translation>
    </message>
    <message>
        <source>Read by the computer on {when}: no text found.</source>
        <translation>已于 {when} 由电脑识别：未发现文字。</translation>
    </message>
    <message>
        <source>Correct a line of {0}</source>
        <translation>更正 {0} 的一行文字</translation>
    </message>
    <message>
        <source>Undo a correction in {0}</source>
        <translation>撤销 {0} 中的一处更正</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <source>Redact {0}</source>
        <translation>遮盖 {0}</translation>
    </message>
    <message>
        <source>Drag boxes over what others should not see: faces, ID numbers, names, addresses. Saving makes a new exhibit with the boxes filled black; the original stays in the case exactly as it is, with its fingerprint.</source>
        <translation>在不希望他人看到的地方拖出方框：面部、证件号码、姓名、地址。保存后会生成一份新的证据，方框处涂黑；原件原样保留在案件中，指纹（哈希值）不变。</translation>
    </message>
    <message>
        <source>Picture to redact</source>
        <translation>要遮盖的图片</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>正在载入图片…</translation>
    </message>
    <message>
        <source>Remove box</source>
        <translation>删除方框</translation>
    </message>
    <message>
        <source>Remove the selected box, or the last one (Delete)</source>
        <translation>删除所选方框，或最后一个方框（Delete）</translation>
    </message>
    <message>
        <source>Keep the original out of exports (private)</source>
        <translation>导出时不包括原件（设为私密）</translation>
    </message>
    <message>
        <source>The original is already private.</source>
        <translation>原件已设为私密。</translation>
    </message>
    <message>
        <source>Save redacted copy</source>
        <translation>保存遮盖后的副本</translation>
    </message>
    <message>
        <source>This picture cannot be shown, so it cannot be redacted here.</source>
        <translation>这张图片无法显示，因此不能在这里遮盖。</translation>
    </message>
    <message>
        <source>{0} (redacted)</source>
        <translation>{0}（已遮盖）</translation>
    </message>
    <message>
        <source>Saving the redacted copy…</source>
        <translation>正在保存遮盖后的副本…</translation>
    </message>
    <message>
        <source>The redacted copy could not be made ({0}).</source>
        <translation>无法制作遮盖后的副本（{0}）。</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) to fill black</source>
        <translation>
            <numerusform>%n 个方框将被涂黑</numerusform>
        </translation>
    </message>
    <message>
        <source>No boxes yet: drag over the picture.</source>
        <translation>还没有方框：请在图片上拖动。</translation>
    </message>
</context>
<context>
    <name>RegenerateDialog</name>
    <message>
        <source>Draft again from the case</source>
        <translation>根据案件重新起草</translation>
    </message>
    <message>
        <source>Drafting this letter again from the case as it is now would remove {removed} line(s) and add {added}. Lines struck through in red go; lines in green come in. Your present text stays among the letter&apos;s versions, and Undo brings it back.</source>
        <translation>按案件当前的信息重新起草，会删去 {removed} 行、加入 {added} 行。红色删除线的行将被删去，绿色的行将被加入。您现在的文字会保留在这封信函的历史版本中，也可用“撤销”恢复。</translation>
    </message>
    <message>
        <source>Replace my text</source>
        <translation>替换我的文字</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>保留我的文字</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>{title}: today ({date})</source>
        <translation>{title}：今天（{date}）</translation>
    </message>
    <message>
        <source>{title}: tomorrow ({date})</source>
        <translation>{title}：明天（{date}）</translation>
    </message>
    <message>
        <source>{title}: in {days} days ({date})</source>
        <translation>{title}：还有 {days} 天（{date}）</translation>
    </message>
    <message>
        <source>Coming up within a week:</source>
        <translation>一周内到期：</translation>
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
        <source>Text read in pictures ({count})</source>
        <translation>图片中识别出的文字（{count}）</translation>
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
    <name>SendDialog</name>
    <message>
        <source>Mark the letter sent</source>
        <translation>标记信函已寄出</translation>
    </message>
    <message>
        <source>Once marked sent, the letter is kept exactly as it was sent and can no longer be changed. (Undo takes the marking back.)</source>
        <translation>标记为已寄出后，信函会按寄出时的原样保存，不能再修改。（可用“撤销”取消标记。）</translation>
    </message>
    <message>
        <source>for example the EMS or courier number, or the complaint number</source>
        <translation>例如 EMS 或快递单号，或投诉编号</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>A photo or scan of the postal receipt, the delivery record or the confirmation page. Import it on the Evidence page first; you can also link it to the timeline event later.</source>
        <translation>邮寄凭证、物流签收记录或提交成功页面的照片或扫描件。请先在“证据”页导入；也可以之后再关联到时间线事件。</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>寄出日期</translation>
    </message>
    <message>
        <source>How</source>
        <translation>寄送方式</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>尚不知道</translation>
    </message>
    <message>
        <source>It arrived on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>A demand counts from the day it arrived. Until you add that day (from the delivery tracking), the app counts from the day it was sent and says so with the deadlines.</source>
        <translation>要求函从送达之日起算。在您补上送达日期（可查物流记录）之前，本应用从寄出之日起算，并在期限旁注明。</translation>
    </message>
    <message>
        <source>Reply asked for by</source>
        <translation>要求答复日期</translation>
    </message>
    <message>
        <source>Mark the step “{step}” done</source>
        <translation>将步骤“{step}”标记为已完成</translation>
    </message>
    <message>
        <source>Nothing is added to the timeline for this letter: add an event there if the sending matters to your case.</source>
        <translation>这封信函不会自动添加到时间线：如果寄出这件事对您的案件重要，请在时间线中添加事件。</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>标记为已寄出</translation>
    </message>
    <message>
        <source>The timeline gets the event “{what}” on the day sent, and the deadlines follow it.</source>
        <translation>时间线会在寄出当天添加事件“{what}”，各项期限随之更新。</translation>
    </message>
</context>
<context>
    <name>SettlementCheck</name>
    <message>
        <source>Before you sign: check the offer</source>
        <translation>签字之前：核对和解方案</translation>
    </message>
    <message>
        <source>A signed settlement is a binding contract: it can be undone only for fraud, coercion or gross unfairness, through a court, within a year. Answer what you can; the app shows what is missing or worrying before you mark the offer accepted.</source>
        <translation>和解协议一经签署就具有约束力：只有在存在欺诈、胁迫或显失公平时，才能在一年内通过法院撤销。请尽量回答以下问题；在您标记接受方案之前，本应用会列出缺少或值得担心的地方。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未填写</translation>
    </message>
</context>
<context>
    <name>StepDetailPanel</name>
    <message>
        <source>What to do</source>
        <translation>怎么做</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>为什么</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Evidence this step needs</source>
        <translation>这一步需要的证据</translation>
    </message>
    <message>
        <source>Your progress on this step</source>
        <translation>您在这一步的进展</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation>开始日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Do&amp;ne on:</source>
        <translation>完成日期(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Outcome notes:</source>
        <translation>结果记录(&amp;O)：</translation>
    </message>
    <message>
        <source>What happened: who you spoke to, what they said or decided</source>
        <translation>经过：您和谁沟通过，对方说了什么或作出了什么决定</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Tick to set a date</source>
        <translation>勾选后可填写日期</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>关联的证据</translation>
    </message>
    <message>
        <source>Linked events</source>
        <translation>关联的事件</translation>
    </message>
    <message>
        <source>Link evidence…</source>
        <translation>关联证据…</translation>
    </message>
    <message>
        <source>Link events…</source>
        <translation>关联事件…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Drop evidence here to link it to this step.</source>
        <translation>把证据拖到这里，即可关联到这一步。</translation>
    </message>
    <message>
        <source>Guidance, not legal advice. Rules as of {date}.</source>
        <translation>仅供参考，不是法律意见。规则整理于 {date}。</translation>
    </message>
    <message>
        <source>Choose a step on the left to see what to do.</source>
        <translation>在左侧选择一个步骤，查看该怎么做。</translation>
    </message>
    <message>
        <source>No longer in the guidance</source>
        <translation>已不在当前指引中</translation>
    </message>
    <message>
        <source>The current version of the guidance (rules as of {date}) no longer has this step. What you recorded here is kept.</source>
        <translation>当前版本的指引（规则截至 {date}）已没有这一步骤。您在这里的记录会保留。</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>阶段：{stage}</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>已过</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>还剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No source listed.</source>
        <translation>未列出依据。</translation>
    </message>
    <message>
        <source>Check the current rule.</source>
        <translation>请核实现行规定。</translation>
    </message>
    <message>
        <source>This step rests on a rule that may have changed since the rules date. Check the current text, or ask the 12348 legal aid hotline, before you rely on it.</source>
        <translation>这一步所依据的规定在规则整理日期之后可能已有变化。在依据它行事之前，请核实现行条文，或拨打 12348 法律援助热线咨询。</translation>
    </message>
    <message>
        <source>{date} — {title} ({state})</source>
        <translation>{date}：{title}（{state}）</translation>
    </message>
    <message>
        <source>{category}: {count} in the case</source>
        <translation>{category}：案件中已有 {count} 份</translation>
    </message>
    <message>
        <source>{category}: missing</source>
        <translation>{category}：还没有</translation>
    </message>
</context>
<context>
    <name>SuggestionBox</name>
    <message>
        <source>Found in this text</source>
        <translation>在这些文字中找到</translation>
    </message>
    <message>
        <source>Dates and amounts the computer found in the text. Check each against the picture before you use it.</source>
        <translation>电脑在文字中找到的日期和金额。使用前请逐一对照图片核对。</translation>
    </message>
    <message>
        <source>Read in the line: “{0}”</source>
        <translation>出自这一行：“{0}”</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Use: {0}</source>
        <translation>采用：{0}</translation>
    </message>
    <message>
        <source>Set this item&apos;s date (you can undo it)</source>
        <translation>设为这份证据的日期（可以撤销）</translation>
    </message>
    <message>
        <source>Set the amount paid in the case details (you can undo it)</source>
        <translation>设为案件详情中的已付金额（可以撤销）</translation>
    </message>
    <message>
        <source>Add this event to the timeline, linked to this item (you can undo it)</source>
        <translation>把这个事件加入时间线，并关联这份证据（可以撤销）</translation>
    </message>
    <message>
        <source>Set the date of {0} from its text</source>
        <translation>根据文字设置 {0} 的日期</translation>
    </message>
    <message>
        <source>Set the amount paid from {0}</source>
        <translation>根据 {0} 设置已付金额</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>No events yet. Add what happened with “Add event…”.</source>
        <translation>还没有事件。请点击“添加事件…”记录发生了什么。</translation>
    </message>
    <message>
        <source>Evidence: {exhibits}</source>
        <translation>证据：{exhibits}</translation>
    </message>
</context>
<context>
    <name>TimelineCommands</name>
    <message>
        <source>Add event “{title}”</source>
        <translation>添加事件“{title}”</translation>
    </message>
    <message>
        <source>Edit event “{title}”</source>
        <translation>编辑事件“{title}”</translation>
    </message>
    <message>
        <source>Delete event “{title}”</source>
        <translation>删除事件“{title}”</translation>
    </message>
    <message>
        <source>Link an evidence item to “{title}”</source>
        <translation>将一项证据关联到“{title}”</translation>
    </message>
    <message>
        <source>Link {count} evidence items to “{title}”</source>
        <translation>将 {count} 项证据关联到“{title}”</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Arrived on {date}</source>
        <translation>送达日期：{date}</translation>
    </message>
    <message>
        <source>Reply asked by {date}</source>
        <translation>要求答复日期：{date}</translation>
    </message>
    <message>
        <source>Before signing, look again at: {points}</source>
        <translation>签字前请再看一下：{points}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Linked evidence: {exhibits}</source>
        <translation>关联的证据：{exhibits}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Add event…</source>
        <translation>添加事件(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an event to the timeline (Insert)</source>
        <translation>向时间线添加一个事件（Insert 键）</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected event (Delete). You can undo this.</source>
        <translation>删除选中的事件（Delete 键）。删除后可以撤销。</translation>
    </message>
    <message>
        <source>Offer accepted…</source>
        <translation>接受和解方案…</translation>
    </message>
    <message>
        <source>Record that you signed this settlement offer, after a last look at what is missing or worrying in it</source>
        <translation>记录您已签署这份和解方案，记录前会再列出其中缺少或值得担心的地方</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation>时间线图</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Photos taken on this day</source>
        <translation>当天拍摄的照片</translation>
    </message>
    <message>
        <source>Before you sign, look again at these points of the offer “{title}”:</source>
        <translation>签字之前，请再看一下和解方案“{title}”中的这些地方：</translation>
    </message>
    <message>
        <source>A signed settlement binds you. If something is unclear, ask the clinic to put it in writing, or ask a lawyer or the 12348 legal aid hotline first.</source>
        <translation>和解协议签署后对您有约束力。如有不清楚的地方，请先要求机构书面写明，或咨询律师、拨打 12348 法律援助热线。</translation>
    </message>
    <message>
        <source>Offer accepted</source>
        <translation>接受和解方案</translation>
    </message>
    <message>
        <source>Record it as signed…</source>
        <translation>记录为已签署…</translation>
    </message>
    <message>
        <source>Settlement signed: {title}</source>
        <translation>已签署和解：{title}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Items in the trash are still in the case file and are left out of the dossier. Restore puts them back with their fields and links.</source>
        <translation>回收站中的证据仍保存在案件文件里，但不会放进材料汇编。恢复后，它们填写的信息和关联都会一并还原。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>清空回收站(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n item(s) from the trash</source>
        <translation>
            <numerusform>从回收站恢复 %n 份证据</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>清空回收站？</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the trash will be deleted from the case file for good. This cannot be undone. The deletion is written in the case&apos;s log.</source>
        <translation>
            <numerusform>回收站中的 %n 份证据将从案件文件中永久删除，无法撤销。这次删除会写入案件的操作记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Trashed on</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of this letter</source>
        <translation>这封信函的历史版本</translation>
    </message>
    <message>
        <source>Drafted from the case</source>
        <translation>根据案件起草</translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation>您的修改</translation>
    </message>
    <message>
        <source>Drafted again from the case</source>
        <translation>根据案件重新起草</translation>
    </message>
    <message>
        <source>An earlier version used again</source>
        <translation>重新使用的较早版本</translation>
    </message>
    <message>
        <source>{number}. {when} · {origin}</source>
        <translation>{number}. {when} · {origin}</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Use this version</source>
        <translation>使用这个版本</translation>
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
    <message>
        <source>Deadlines coming up within a week in your recent cases:</source>
        <translation>最近的案件中一周内到期的期限：</translation>
    </message>
</context>
</TS>
