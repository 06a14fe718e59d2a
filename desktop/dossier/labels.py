"""The dossier's own wording in English and Simplified Chinese (vocabulary labels come from core.vocab)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # cover
    "dossier": ("Case dossier", "维权材料汇编"),
    "complainant": ("Complainant", "投诉人 / 申请人"),
    "phone": ("Phone", "电话"),
    "address": ("Address", "地址"),
    "clinic": ("Clinic", "医疗美容机构"),
    "credit_code": ("Unified social credit code", "统一社会信用代码"),
    "licence_no": ("Medical institution licence no.", "医疗机构执业许可证号"),
    "clinic_phone": ("Clinic phone", "机构电话"),
    "amount_paid": ("Amount paid", "已付金额"),
    "amount_claimed": ("Amount claimed", "请求金额"),
    "generated": ("Date generated", "生成日期"),
    "exhibit_count": ("Number of exhibits", "证据数量"),
    "not_given": ("(not given)", "（未填写）"),
    "exhibit_hashes": ("SHA-256 of each exhibit", "各项证据的 SHA-256 校验值"),
    "notice_title": ("About this document", "关于本材料"),
    "notice": (
        "This dossier was put together by the complainant with Refund Case Organizer, to organise the facts "
        "and the evidence of the case. It is the complainant's own account and organisation; it is not legal "
        "advice, and the guidance it cites cannot promise any outcome.",
        "本材料由投诉人使用“退款维权整理”应用自行整理，用于梳理案件事实和证据，是投诉人本人的陈述和整理，"
        "不构成法律意见；其中引用的指引也不能保证任何处理结果。"),
    "hashes_verified": ("Hashes re-verified on export: all {n} exhibits match the SHA-256 recorded when they "
                        "were imported.",
                        "导出时已重新核验校验值：全部 {n} 项证据与导入时记录的 SHA-256 一致。"),
    "hashes_flagged": ("Hashes re-verified on export: {bad} of {n} exhibits no longer match the SHA-256 "
                       "recorded at import; they are marked in the index.",
                       "导出时已重新核验校验值：{n} 项证据中有 {bad} 项与导入时记录的 SHA-256 不一致，已在目录中标出。"),
    "rules_as_of": ("Guidance rules as of {date} (playbook: {title}).", "指引所依据规则的整理日期：{date}（{title}）。"),
    # sections
    "contents": ("Contents", "目录"),
    "summary": ("Summary", "概要"),
    "statement": ("Statement of circumstances", "情况说明"),
    "steps": ("Steps taken", "已采取的步骤"),
    "index": ("Evidence index", "证据目录"),
    "exhibits": ("Exhibits", "证据材料"),
    "letters": ("Letters sent", "已寄出的信函"),
    "appendix": ("Integrity appendix", "附录：完整性核验"),
    "cover": ("Cover", "封面"),
    # summary
    "facts": ("The facts in brief", "基本事实"),
    "demand": ("The demand", "请求事项"),
    "treatment": ("Treatment or service", "治疗 / 服务项目"),
    "treatment_dates": ("Treatment dates", "治疗日期"),
    "practitioner": ("Practitioner", "操作医生"),
    "payment_method": ("Payment method", "付款方式"),
    "payment_refs": ("Payment references", "付款凭证号"),
    "refund_clause": ("Refund clause in the contract", "合同中是否有退款条款"),
    "refund_clause_text": ("Wording of the refund clause", "退款条款原文"),
    "first_aware": ("First aware of the problem", "发现问题的日期"),
    "notes": ("Notes", "补充说明"),
    "demand_kind": ("What is asked", "请求类型"),
    "counts": ("{events} events in the timeline; {exhibits} exhibits in this dossier.",
               "时间线共 {events} 个事件；本材料共 {exhibits} 项证据。"),
    # statement
    "no_events": ("No events have been entered in the timeline.", "时间线中尚未录入事件。"),
    "cites": ("Exhibits: {refs}", "证据：{refs}"),
    "about": ("about {when}", "约 {when}"),
    # steps
    "step": ("Step", "步骤"),
    "status": ("Status", "状态"),
    "dates": ("Dates", "日期"),
    "outcome": ("Outcome", "结果"),
    "started": ("started {date}", "开始于 {date}"),
    "done": ("done {date}", "完成于 {date}"),
    "source": ("Source", "依据"),
    "deadlines": ("Deadlines as of {date}", "截至 {date} 的期限"),
    "no_deadlines": ("No deadline can be worked out yet from what the case holds.", "根据案件现有信息，尚无法推算期限。"),
    "deadline_due": ("Last day", "最后一日"),
    "deadline_rule": ("Deadline", "期限"),
    "deadline_basis": ("How it was worked out; source", "推算依据与来源"),
    "deadline_passed": ("passed", "已过"),
    "deadline_left": ("{days} days left", "还剩 {days} 天"),
    "deadlines_note": ("Worked out by the app from the rules as it reads them, counting as the Civil Code does "
                       "(arts. 201–203): guidance, not legal advice. Check the current rule.",
                       "以上期限由本应用按其理解的规则推算（依民法典第二百零一条至第二百零三条计算期间），仅供参考，"
                       "不是法律意见。请核实现行规定。"),
    "retired_step": ("No longer in the guidance (kept with what was recorded)", "已不在当前指引中（保留原有记录）"),
    "received_by": ("Received by: {body}", "受理方：{body}"),
    "arrived_on": ("Arrived on {date}", "送达日期：{date}"),
    "reply_by": ("Reply asked by {date}", "要求答复日期：{date}"),
    "settlement_check": ("Checked before signing:", "签署前的核查："),
    "not_answered": ("not answered", "未回答"),
    "check_rule": ("Check the current rule: it may have changed since the date above.",
                   "请核实现行规定：该规定可能在上述日期后已有变化。"),
    # letters sent (in the steps, and their own part)
    "letter": ("Letter", "信函"),
    "date_sent": ("Date sent", "寄出日期"),
    "how_sent": ("How", "寄送方式"),
    "receipt": ("Receipt", "寄件凭证"),
    "sent_on": ("sent {date}", "{date} 寄出"),
    "tracking_no": ("tracking no. {no}", "运单号：{no}"),
    "receipt_is": ("receipt: {exhibit}", "寄件凭证：{exhibit}"),
    # index
    "no": ("No.", "编号"),
    "title": ("Title", "名称"),
    "category": ("Category", "类别"),
    "date": ("Date", "日期"),
    "evidence_source": ("Source", "来源"),
    "proves": ("What it proves", "证明内容"),
    "file_name": ("File name", "文件名"),
    "size": ("Size", "大小"),
    "sha256": ("SHA-256", "SHA-256"),
    "mismatch": ("DOES NOT MATCH the recorded hash", "与记录的校验值不一致"),
    "no_exhibits": ("No exhibits are included in this dossier.", "本材料未包含证据。"),
    # exhibits
    "captured": ("Captured {when}", "拍摄时间 {when}"),
    "camera": ("camera {model}", "设备 {model}"),
    "imported": ("Imported {when}", "导入时间 {when}"),
    "redacted_from": ("A copy of “{name}” with personal details blacked out ({n} area(s)). The original is kept "
                      "unchanged in the case file, with SHA-256 {sha256}.",
                      "此为“{name}”的副本，已遮盖 {n} 处个人信息。原件原样保存在案件文件中，其 SHA-256 为 {sha256}。"),
    "media_type": ("File type", "文件类型"),
    "pages_of": ("page {x} of {y}", "第 {x} 页，共 {y} 页"),
    "exhibit_page": ("{exhibit} · page {x}/{y}", "{exhibit} · 第 {x}/{y} 页"),
    "original_kept": ("The original file is kept unchanged in the case file {case}. It can be exported from the "
                      "app byte for byte and checked against the SHA-256 above.",
                      "原始文件原样保存在案件文件 {case} 中，可从应用中按原样导出，并用上面的 SHA-256 校验。"),
    "pdf_unreadable": ("This PDF cannot be opened ({reason}), so its pages are not included here.",
                       "此 PDF 无法打开（{reason}），因此未能在此附上其页面。"),
    "password": ("it is password-protected", "文件设有密码"),
    "unreadable": ("it could not be read", "文件无法读取"),
    "too_slow": ("reading it took too long and was stopped", "读取时间过长，已停止"),
    "image_unreadable": ("This picture could not be displayed ({reason}).", "此图片无法显示（{reason}）。"),
    "read_note": ("Note from import", "导入时的说明"),
    "made_from": ("Made from", "来源文件"),
    # recognised text printed under an exhibit (read_text.py)
    "read_text": ("Recognised text", "识别文字"),
    "read_stamp": ("{exhibit} · recognised text", "{exhibit} · 识别文字"),
    "read_notice_picture": ("Machine-read text, for reference only; the picture is the evidence.",
                            "机器识别的文字，仅供参考；以图片原件为准。"),
    "read_notice_pages": ("Machine-read text, for reference only; the scanned pages are the evidence.",
                          "机器识别的文字，仅供参考；以扫描页面原件为准。"),
    "read_by": ("Read by {engine} on {date}.", "识别程序：{engine}；识别日期：{date}。"),
    "read_corrections": ("Lines marked “corrected” were corrected by the complainant.",
                         "标有“已更正”的行经投诉人更正。"),
    "read_corrected": ("corrected", "已更正"),
    "read_page": ("Page {n}", "第 {n} 页"),
    "mismatch_banner": ("WARNING: this file no longer matches the SHA-256 recorded when it was imported.",
                        "警告：此文件与导入时记录的 SHA-256 不一致。"),
    # appendix
    "integrity_intro": (
        "Each exhibit's SHA-256 fingerprint was recorded when the file was imported into the case file, and "
        "the files were checked against it again when this dossier was made ({when}). Any change to a file, "
        "even of one byte, gives a completely different SHA-256.",
        "每项证据在导入案件文件时都记录了 SHA-256 校验值（“数字指纹”），生成本材料时（{when}）又重新核对了一次。"
        "文件哪怕只改动一个字节，SHA-256 也会完全不同。"),
    "how_to_check": ("How to check an exhibit", "如何核验某项证据"),
    "how_to_check_intro": (
        "Ask the complainant for the original file (or export it from the case file), then compute its SHA-256 "
        "and compare it with the value in the evidence index:",
        "请向投诉人索取原始文件（或从案件文件中导出），计算其 SHA-256，并与证据目录中的数值比对："),
    "on_windows": ("Windows (Command Prompt)", "Windows（命令提示符）"),
    "on_macos": ("macOS (Terminal)", "macOS（终端）"),
    "on_linux": ("Linux", "Linux"),
    "export_command": ("Export an exhibit from the case file on the command line:",
                       "也可以用命令行从案件文件中导出某项证据："),
    "audit_title": ("Audit log", "操作记录"),
    "audit_intro": ("The case file keeps an append-only log of every change, each entry chained to the previous "
                    "one by its SHA-256, so that a removed or altered entry is detected.",
                    "案件文件记录了每一次修改，记录只能追加，且每条记录都通过 SHA-256 与上一条相连，删改记录会被发现。"),
    "audit_entries": ("{n} entries, from {first} to {last}.", "共 {n} 条记录，时间从 {first} 到 {last}。"),
    "audit_intact": ("The chain of entries is intact.", "记录链完整，未发现删改。"),
    "audit_broken": ("The chain is broken at entry {n}: the log was altered after that point.",
                     "记录链在第 {n} 条处断开：该处之后的记录被改动过。"),
    "action": ("Action", "操作"),
    "count": ("Entries", "条数"),
    "generated_by": ("Generated by Refund Case Organizer {version}", "由退款维权整理应用 {version} 生成"),
}

AUDIT_ACTIONS: dict[str, tuple[str, str]] = {
    "case.create": ("Case file created", "创建案件文件"),
    "case.edit": ("Case details edited", "修改案件信息"),
    "case.copy": ("Copy of the case saved", "保存案件副本"),
    "evidence.import": ("Evidence imported", "导入证据"),
    "evidence.edit": ("Evidence details edited", "修改证据说明"),
    "evidence.reorder": ("Exhibits reordered", "调整证据顺序"),
    "evidence.trash": ("Evidence moved to the trash", "证据移入回收站"),
    "evidence.restore": ("Evidence restored from the trash", "从回收站恢复证据"),
    "evidence.export": ("Evidence exported", "导出证据"),
    "evidence.redact": ("Copy of a picture made with areas blacked out", "生成遮盖部分内容的图片副本"),
    "trash.empty": ("Trash emptied", "清空回收站"),
    "event.add": ("Event added", "添加事件"),
    "event.edit": ("Event edited", "修改事件"),
    "event.delete": ("Event deleted", "删除事件"),
    "event.link": ("Evidence linked to an event", "证据关联到事件"),
    "event.unlink": ("Evidence unlinked from an event", "取消证据与事件的关联"),
    "step.edit": ("Step updated", "更新步骤"),
    "step.link": ("Linked to a step", "关联到步骤"),
    "step.unlink": ("Unlinked from a step", "取消与步骤的关联"),
    "letter.create": ("Letter drafted", "起草信函"),
    "letter.edit": ("Letter edited", "修改信函"),
    "letter.delete": ("Letter deleted", "删除信函"),
    "letter.restore": ("Deleted letter restored", "恢复已删除的信函"),
    "letter.sent": ("Letter marked sent", "标记信函已寄出"),
}


# Notes of what could not be read at import (core/read_notes.py), in Chinese; in English, and for a code
# not here, the note's own English text is used.
READ_NOTES_ZH: dict[str, str] = {
    "file.unreadable": "无法读取：{detail}",
    "file.empty": "空文件（0 字节）",
    "image.decompression_bomb": "图片过大，无法安全解码（可能是“解压炸弹”）：已作为附件保存",
    "image.unreadable": "图片未能完整读取（{detail}）：已作为附件保存",
    "exif.unreadable": "EXIF 元数据无法读取（{detail}）",
    "exif.partly_unreadable": "EXIF 元数据部分无法读取（{detail}）",
    "exif.time_unreadable": "EXIF 拍摄时间无法读取（{value}）",
    "pdf.password": "PDF 设有密码：无法读取或预览其页面",
    "pdf.unopenable": "PDF 无法打开（{detail}）",
    "pdf.render_failed": "PDF 第一页无法显示（{detail}）",
    "type.unrecognised": "无法识别文件类型：已作为附件保存",
    "probe.timeout": "读取此文件超过 {seconds} 秒，已停止：已作为附件保存",
    "probe.crashed": "读取此文件时读取程序崩溃（退出代码 {exit_code}）：已作为附件保存",
    "probe.failed": "此文件无法读取（{error}）：已作为附件保存",
    "picture.too_large": "文件过大，未生成缩略图：已保存，但没有预览图",
    "content.unreadable": "已保存的内容无法读出（{detail}）",
    "text.photo_not_read": "看起来是人物或场景照片（文字很少）：未识别其中的文字",
    "text.pages_limited": "只识别了前 {pages} 页",
    "text.timeout": "识别文字超过 {seconds} 秒，已停止",
    "text.failed": "未能识别文字（识别程序中止：{reason}）",
}


def read_note(note: dict, lang: str) -> str:
    """One note of what could not be read, in the dossier's language."""
    template = READ_NOTES_ZH.get(note.get("code") or "") if lang.startswith("zh") else None
    if template is None:
        return note.get("text") or ""
    try:
        return template.format_map(note.get("params") or {})
    except (KeyError, IndexError, ValueError):
        return note.get("text") or ""


def read_notes(notes: list[dict], lang: str) -> str:
    separator = "；" if lang.startswith("zh") else "; "
    return separator.join(text for text in (read_note(n, lang) for n in notes) if text)


def text(key: str, lang: str, **values) -> str:
    pair = TEXTS[key]
    chosen = pair[1] if lang.startswith("zh") else pair[0]
    return chosen.format(**values) if values else chosen


def audit_action(action: str, lang: str) -> str:
    pair = AUDIT_ACTIONS.get(action)
    if pair is None:
        return action
    return pair[1] if lang.startswith("zh") else pair[0]
