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

# The kinds of timeline event. Those that move a deadline (see deadlines.py) say how, in
# EVENT_KIND_EFFECTS; the others tell the story.
EVENT_KINDS: dict[str, tuple[str, str]] = {
    "consultation": ("Consultation", "咨询"),
    "payment": ("Payment", "付款"),
    "treatment": ("Treatment", "治疗"),
    "follow-up": ("Follow-up", "复诊"),
    "complication": ("Complication", "并发症 / 不良后果"),
    "communication": ("Communication with the clinic", "与机构沟通"),
    "demand": ("Written demand sent", "发出书面要求"),
    "promise": ("Clinic's promise or partial refund", "机构承诺或部分退款"),
    "complaint": ("Complaint filed", "提交投诉"),
    "mediation-request": ("Mediation requested", "申请调解"),
    "reply": ("Reply received", "收到答复"),
    "settlement-offer": ("Settlement offered", "对方提出和解方案"),
    "settlement-signed": ("Settlement signed", "签署和解 / 调解协议"),
    "lawsuit": ("Lawsuit filed", "提起诉讼"),
    "payment-order": ("Payment order applied for", "申请支付令"),
    "police-report": ("Police report", "向公安机关报案"),
    "ended": ("Mediation or lawsuit ended", "调解或诉讼结束"),
    "other": ("Other", "其他"),
}

# What each kind does to the deadlines, in a sentence (the event dialog and `event --help` show it).
EVENT_KIND_EFFECTS: dict[str, tuple[str, str]] = {
    "payment": ("Starts the 7-day window to ask for a prepaid course's money back.",
                "开始计算预付款项 7 日内可要求退还本金的期限。"),
    "treatment": ("The limitation period can never run past 20 years from the first treatment.",
                  "诉讼时效最长不超过自首次治疗起 20 年。"),
    "demand": ("Starts the three-year limitation period again from the day the demand arrived; the reply "
               "date you set is shown as a deadline.",
               "自要求送达之日起，三年诉讼时效重新计算；您要求的答复日期也会列为期限。"),
    "promise": ("The clinic agreeing to pay or perform starts the limitation period again.",
                "机构同意履行（承诺、部分退款、分期、请求宽限）时，诉讼时效重新计算。"),
    "complaint": ("Starts the limitation period again; the authority should handle it within 7 working days.",
                  "诉讼时效重新计算；行政部门应在 7 个工作日内处理。"),
    "mediation-request": ("Starts the limitation period again, and the mediation's own time limits.",
                          "诉讼时效重新计算，并开始计算调解的期限。"),
    "settlement-signed": ("Starts the one year in which a settlement can be rescinded for fraud or coercion; "
                          "a people's mediation agreement can be confirmed by a court within 30 days.",
                          "开始计算因欺诈、胁迫撤销和解协议的一年期限；人民调解协议可在 30 日内申请司法确认。"),
    "lawsuit": ("While the lawsuit runs the limitation period is interrupted; it starts again when it ends.",
                "诉讼期间时效中断，诉讼结束后重新计算。"),
    "payment-order": ("Starts the limitation period again.", "诉讼时效重新计算。"),
    "police-report": ("Starts the limitation period again.", "诉讼时效重新计算。"),
    "ended": ("A mediation or lawsuit that ended starts the limitation period again from that day.",
              "调解或诉讼结束之日起，诉讼时效重新计算。"),
}

# Who received a complaint or a mediation request (events of those kinds).
BODIES: dict[str, tuple[str, str]] = {
    "12315": ("Market regulation (12315)", "市场监管部门（12315）"),
    "health": ("Health commission", "卫生健康部门"),
    "market": ("Market-regulation mediation", "市场监管部门调解"),
    "consumer-association": ("Consumer association", "消费者协会"),
    "people": ("People's mediation committee", "人民调解委员会"),
}
COMPLAINT_BODIES = ("12315", "health")
MEDIATION_BODIES = ("market", "consumer-association", "people", "health")

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

YES_NO_UNSURE: dict[str, tuple[str, str]] = {
    "": ("Not checked yet", "尚未核实"),
    "yes": ("Yes", "是"),
    "no": ("No", "否"),
    "unsure": ("Not sure", "不确定"),
}

PRODUCT_APPROVAL: dict[str, tuple[str, str]] = {
    **YES_NO_UNSURE,
    "not_applicable": ("No product was used", "未使用药品或器械"),
}

PAYMENT_CHANNELS: dict[str, tuple[str, str]] = {
    "": ("Not said", "未填写"),
    "card": ("Bank or credit card", "银行卡 / 信用卡"),
    "alipay": ("Alipay", "支付宝"),
    "wechat": ("WeChat Pay", "微信支付"),
    "transfer": ("Bank transfer", "银行转账"),
    "cash": ("Cash", "现金"),
    "loan": ("A treatment loan paid the clinic", "医美贷直接付给机构"),
    "other": ("Other", "其他"),
}

CLINIC_STATUS: dict[str, tuple[str, str]] = {
    "": ("Not said", "未填写"),
    "open": ("Still open", "仍在营业"),
    "closed": ("Closed, moved or unreachable", "已关闭、搬迁或联系不上"),
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
# How a letter was sent (letters marked sent). Registered post and couriers give a tracking number
# and a delivery record, the proof that a demand arrived.
SEND_METHODS: dict[str, tuple[str, str]] = {
    "registered-post": ("Registered post (EMS / China Post)", "挂号信 / EMS"),
    "courier": ("Courier", "快递"),
    "by-hand": ("By hand, with a signed receipt", "当面递交（对方签收）"),
    "online-form": ("Online form (12315 or another platform)", "网上提交（12315 等平台）"),
    "email": ("Email", "电子邮件"),
    "message": ("WeChat or text message", "微信 / 短信"),
    "in-person": ("In person at the office", "现场提交"),
    "other": ("Other", "其他"),
}
