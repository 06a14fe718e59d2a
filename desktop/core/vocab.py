"""The fixed vocabularies of a case, with their names in English and Simplified Chinese.
Stored values are the ids; the labels are shown by the GUI, the command line and the dossier."""

from __future__ import annotations

CATEGORIES: dict[str, tuple[str, str]] = {
    "contract": ("Contract", "合同"),
    "payment_record": ("Payment record", "付款记录"),
    "invoice": ("Invoice / receipt", "发票 / 收据"),
    "consent_form": ("Consent form", "知情同意书"),
    "medical_record": ("Medical record", "病历"),
    "photo_before": ("Photo before", "术前照片"),
    "photo_after": ("Photo after", "术后照片"),
    "chat": ("Chat / message", "聊天记录 / 短信"),
    "call_recording": ("Call recording", "通话录音"),
    "advertising": ("Advertising", "广告宣传"),
    "licence": ("Licence", "资质证照"),
    "correspondence": ("Correspondence", "往来函件"),
    "other": ("Other", "其他"),
}

EVENT_KINDS: dict[str, tuple[str, str]] = {
    "consultation": ("Consultation", "咨询"),
    "payment": ("Payment", "付款"),
    "treatment": ("Treatment", "治疗"),
    "follow_up": ("Follow-up", "复诊"),
    "complication": ("Complication", "并发症 / 不良后果"),
    "communication": ("Communication with the clinic", "与机构沟通"),
    "written_demand": ("Written demand", "书面要求"),
    "complaint_filed": ("Complaint filed", "提交投诉"),
    "reply_received": ("Reply received", "收到答复"),
    "mediation": ("Mediation", "调解"),
    "legal": ("Legal", "法律程序"),
    "other": ("Other", "其他"),
}

PRECISIONS: dict[str, tuple[str, str]] = {
    "exact": ("Exact time", "精确时间"),
    "day": ("Day", "具体日期"),
    "month": ("Month", "月份"),
    "approximate": ("Approximate", "大约"),
}

STEP_STATUSES: dict[str, tuple[str, str]] = {
    "todo": ("To do", "待办"),
    "in_progress": ("In progress", "进行中"),
    "done": ("Done", "已完成"),
    "skipped": ("Skipped", "已跳过"),
    "not_applicable": ("Not applicable", "不适用"),
}

DEMAND_KINDS: dict[str, tuple[str, str]] = {
    "": ("Not decided yet", "尚未确定"),
    "full_refund": ("Full refund", "全额退款"),
    "partial_refund": ("Partial refund", "部分退款"),
    "compensation": ("Compensation", "赔偿"),
    "other": ("Other", "其他"),
}

REFUND_CLAUSE: dict[str, tuple[str, str]] = {
    "yes": ("Yes", "有"),
    "no": ("No", "没有"),
    "unsure": ("Not sure", "不确定"),
}


def label(vocabulary: dict[str, tuple[str, str]], key: str | None, lang: str = "en") -> str:
    """The label of a value in 'en' or 'zh'; an unknown value is shown as it is."""
    pair = vocabulary.get(key or "")
    if pair is None:
        return key or ""
    return pair[1] if lang.startswith("zh") else pair[0]
