"""The sample case: a complete, clearly fictional case to look around in before starting one's own.

Everything in it is made here: the pictures are drawn with Pillow (a contract page, receipts, a
chat screenshot, "before/after" illustrations), then imported through the normal importer so the
sample behaves exactly like a real case. Dates are set relative to the day it is built, so the
limitation deadline it shows is always a live one."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Callable

from PIL import ExifTags, Image, ImageDraw, ImageFont

from desktop.core import letter_drafts, thumbnails
from desktop.core.importer import Cancelled, import_paths
from desktop.core.lifecycle import CASE_SUFFIX, create_case
from desktop.core.paths import data_dir, default_cases_dir, is_portable, resources_dir
from desktop.core.probe_pool import ProbePool

SAMPLE_FILE_NAME = "示例案件 Sample case" + CASE_SUFFIX
FONT_FILE = resources_dir() / "fonts" / "DroidSansFallbackFull.ttf"
SAMPLE_MARK = "示例 · 虚构 SAMPLE"

Progress = Callable[[int, int, str], None]


def sample_case_path() -> Path:
    """Beside the user's cases when portable (it travels with the stick), else in the data folder."""
    folder = default_cases_dir() if is_portable() else data_dir() / "Sample"
    return folder / SAMPLE_FILE_NAME


@dataclass(frozen=True)
class _Days:
    """The story's dates, counted back from the day the sample is built."""

    consultation: date
    treatment: date
    first_aware: date
    follow_up: date
    talk: date
    demand: date
    complaint: date
    reply: date

    @classmethod
    def before(cls, today: date) -> "_Days":
        ago = lambda days: today - timedelta(days=days)  # noqa: E731
        return cls(consultation=ago(170), treatment=ago(160), first_aware=ago(153), follow_up=ago(150),
                   talk=ago(130), demand=ago(95), complaint=ago(60), reply=ago(48))


# -- drawing ----------------------------------------------------------------------------------

@lru_cache(maxsize=32)
def _fonts(size: int) -> tuple[ImageFont.FreeTypeFont, ImageFont.FreeTypeFont]:
    """(Latin, Chinese) at one size: the shipped Chinese font has no Latin letters or digits, so
    runs of text are drawn with Pillow's own Latin font and the shipped one in turn."""
    return ImageFont.load_default(size), ImageFont.truetype(str(FONT_FILE), size)


def _runs(text: str, size: int) -> list[tuple[str, ImageFont.FreeTypeFont]]:
    latin, chinese = _fonts(size)
    runs: list[tuple[str, ImageFont.FreeTypeFont]] = []
    for char in text:
        font = latin if ord(char) < 0x250 else chinese
        if runs and runs[-1][1] is font:
            runs[-1] = (runs[-1][0] + char, font)
        else:
            runs.append((char, font))
    return runs


def _length(draw: ImageDraw.ImageDraw, text: str, size: int) -> float:
    return sum(draw.textlength(run, font=font) for run, font in _runs(text, size))


def _text(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, size: int, fill) -> None:
    x, y = xy
    for run, font in _runs(text, size):
        draw.text((x, y), run, font=font, fill=fill)
        x += draw.textlength(run, font=font)


def _wrap(draw: ImageDraw.ImageDraw, text: str, size: int, width: int) -> list[str]:
    """Break text into lines that fit `width` pixels (Chinese has no spaces to break at)."""
    lines, line = [], ""
    for char in text:
        if _length(draw, line + char, size) > width:
            lines.append(line)
            line = char
        else:
            line += char
    if line:
        lines.append(line)
    return lines


def _paragraphs(draw, x: int, y: int, paragraphs: list[str], size: int, width: int, gap: int = 14) -> int:
    line_height = int(size * 1.45)
    for paragraph in paragraphs:
        for line in _wrap(draw, paragraph, size, width):
            _text(draw, (x, y), line, size, (30, 30, 30))
            y += line_height
        y += gap
    return y


def _stamp(draw: ImageDraw.ImageDraw, size: tuple[int, int]) -> None:
    """The mark on every picture that it is fictional."""
    font_size = max(16, size[0] // 40)
    width = _length(draw, SAMPLE_MARK, font_size)
    x, y = size[0] - width - 24, 16
    draw.rectangle([x - 10, y - 6, x + width + 10, y + font_size + 14], outline=(200, 30, 30), width=3)
    _text(draw, (x, y), SAMPLE_MARK, font_size, (200, 30, 30))


def _document(title: str, paragraphs: list[str], footer: list[str], size=(1240, 1754)) -> Image.Image:
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    width = _length(draw, title, 54)
    _text(draw, ((size[0] - width) / 2, 140), title, 54, (0, 0, 0))
    y = _paragraphs(draw, 120, 280, paragraphs, 32, size[0] - 240)
    _paragraphs(draw, 120, max(y + 60, size[1] - 420), footer, 32, size[0] - 240, gap=6)
    _stamp(draw, size)
    return image


def _contract(days: _Days) -> Image.Image:
    return _document("医疗美容服务合同（示例）", [
        "甲方（服务机构）：悦颜医疗美容诊所（虚构）",
        "乙方（顾客）：李晓雯（虚构）",
        "第一条　服务项目：鼻部透明质酸注射填充一次，光子嫩肤疗程六次。",
        "第二条　费用：合计人民币壹万玖仟捌佰元整（￥19,800.00），签约当日一次付清。",
        "第三条　甲方保证由具有执业资格的医师实施治疗，并在治疗前告知可能的风险。",
        "第五条　乙方在治疗后出现不良反应的，甲方应当及时提供复诊和处理。",
        "第七条　疗程未开始的部分，乙方可以申请退款，甲方扣除已实施项目的费用后，"
        "于十五个工作日内退还余款。",
        "第九条　本合同一式两份，甲乙双方各执一份。",
    ], ["甲方（盖章）：悦颜医疗美容诊所（虚构）", "乙方（签字）：李晓雯",
        f"签订日期：{days.consultation:%Y年%m月%d日}"])


def _consent_form(days: _Days) -> Image.Image:
    return _document("注射美容知情同意书（示例）", [
        "治疗项目：鼻部透明质酸注射填充",
        "可能出现的风险：局部红肿、淤青、疼痛，一般在一周内消退；少数情况下可能出现结节、感染或血管栓塞。",
        "我已阅读并理解上述内容，医生已就治疗方案和风险向我作出说明。",
        "实施医师：王医生（虚构）　　执业证书编号：见诊所公示",
    ], ["受术者签字：李晓雯", f"日期：{days.treatment:%Y年%m月%d日}"])


def _demand_letter(days: _Days) -> Image.Image:
    return _document("退款及赔偿要求函（示例）", [
        "悦颜医疗美容诊所（虚构）：",
        f"本人于{days.treatment:%Y年%m月%d日}在贵诊所接受鼻部透明质酸注射填充。治疗后第七天起，"
        "注射部位持续红肿、出现硬结，至今未愈，复诊时贵诊所仅建议观察。",
        "光子嫩肤疗程六次均未开始。根据合同第七条，本人要求贵诊所退还未开始疗程的费用，"
        "并承担本人因治疗不良后果支出的检查和治疗费用。",
        "请于收到本函之日起十五日内书面答复。附件：合同、付款记录、术前术后照片、复诊病历。",
    ], ["要求人：李晓雯　　电话：138 0000 0000（虚构）", f"{days.demand:%Y年%m月%d日}"])


def _receipt(days: _Days) -> Image.Image:
    size = (1400, 800)
    image = Image.new("RGB", size, (253, 250, 240))
    draw = ImageDraw.Draw(image)
    draw.rectangle([40, 40, size[0] - 40, size[1] - 40], outline=(150, 40, 40), width=4)
    _text(draw, (520, 80), "收 款 收 据（示例）", 52, (150, 40, 40))
    _paragraphs(draw, 100, 200, [
        f"日期：{days.consultation:%Y年%m月%d日}　　　No. 0000123（虚构）",
        "交款人：李晓雯",
        "项目：鼻部透明质酸注射填充、光子嫩肤疗程（6次）",
        "金额（大写）：壹万玖仟捌佰元整　　　￥19,800.00",
        "收款单位：悦颜医疗美容诊所（虚构）　　收款人：陈某",
    ], 34, size[0] - 200)
    _stamp(draw, size)
    return image


def _payment_screenshot(days: _Days) -> Image.Image:
    size = (750, 1334)
    image = Image.new("RGB", size, (237, 237, 237))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, size[0], 120], fill=(247, 247, 247))
    _text(draw, (290, 50), "账单详情", 34, (20, 20, 20))
    draw.rectangle([0, 160, size[0], 1100], fill="white")
    _text(draw, (200, 220), "悦颜医疗美容诊所（虚构）", 32, (60, 60, 60))
    _text(draw, (200, 300), "-19,800.00", 72, (10, 10, 10))
    rows = [("当前状态", "支付成功"), ("支付时间", f"{days.consultation:%Y年%m月%d日} 15:42:07"),
            ("商品", "医美疗程套餐"), ("支付方式", "零钱通"), ("交易单号", "4200000000202500000000"),
            ("商户单号", "SAMPLE-20250001")]
    y = 480
    for name, value in rows:
        _text(draw, (50, y), name, 28, (130, 130, 130))
        _text(draw, (250, y), value, 28, (20, 20, 20))
        y += 80
    _stamp(draw, size)
    return image


def _chat_screenshot(days: _Days) -> Image.Image:
    size = (750, 1334)
    image = Image.new("RGB", size, (237, 237, 237))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, size[0], 120], fill=(247, 247, 247))
    _text(draw, (200, 50), "悦颜诊所客服小周（虚构）", 30, (20, 20, 20))
    messages = [
        (f"{days.first_aware:%m月%d日} 21:05", None),
        ("你好，我打完鼻子一周了，还是又红又肿，摸着有硬块，正常吗？", "me"),
        ("亲，个体差异哦，一般两周内会消的，多冰敷～", "them"),
        (f"{days.talk:%m月%d日} 10:12", None),
        ("已经快一个月了还是没消，我想退掉还没做的光子嫩肤，可以吗？", "me"),
        ("套餐是优惠价，做了一次就不能退的哦，您可以来店里再看看。", "them"),
        ("合同第七条写了没开始的疗程可以退款。", "me"),
    ]
    y = 160
    for text, side in messages:
        if side is None:
            width = _length(draw, text, 22)
            _text(draw, ((size[0] - width) / 2, y), text, 22, (150, 150, 150))
            y += 60
            continue
        lines = _wrap(draw, text, 28, 430)
        height = len(lines) * 40 + 30
        width = max(_length(draw, line, 28) for line in lines) + 40
        left = size[0] - 120 - width if side == "me" else 120
        colour = (149, 236, 105) if side == "me" else (255, 255, 255)
        draw.rounded_rectangle([left, y, left + width, y + height], radius=12, fill=colour)
        avatar_x = size[0] - 100 if side == "me" else 20
        draw.rounded_rectangle([avatar_x, y, avatar_x + 80, y + 80], radius=10,
                               fill=(90, 140, 200) if side == "me" else (220, 150, 170))
        for n, line in enumerate(lines):
            _text(draw, (left + 20, y + 15 + n * 40), line, 28, (20, 20, 20))
        y += max(height, 80) + 40
    _stamp(draw, size)
    return image


def _advert() -> Image.Image:
    size = (900, 1200)
    image = Image.new("RGB", size, (255, 236, 240))
    draw = ImageDraw.Draw(image)
    _text(draw, (90, 120), "悦颜医美 · 限时特惠", 68, (190, 30, 90))
    _paragraphs(draw, 90, 300, [
        "玻尿酸隆鼻　立等可见",
        "无痛 · 零风险 · 效果保证",
        "进口正品　名医亲诊",
        "疗程套餐 19800 元　再送光子嫩肤 6 次",
    ], 48, size[0] - 180, gap=36)
    _text(draw, (90, 1000), "（虚构的广告，用于示例）", 30, (120, 60, 80))
    _stamp(draw, size)
    return image


def _face_photo(swollen: bool) -> Image.Image:
    """A drawn face, three-quarter view of the nose: the 'after' one red and swollen."""
    size = (1200, 900)
    image = Image.new("RGB", size, (214, 226, 236))
    draw = ImageDraw.Draw(image)
    skin = (241, 205, 180)
    draw.ellipse([380, 120, 820, 760], fill=skin, outline=(170, 130, 110), width=4)
    draw.ellipse([470, 330, 550, 370], fill="white", outline=(60, 60, 60), width=3)
    draw.ellipse([650, 330, 730, 370], fill="white", outline=(60, 60, 60), width=3)
    draw.ellipse([495, 335, 525, 365], fill=(60, 40, 30))
    draw.ellipse([675, 335, 705, 365], fill=(60, 40, 30))
    if swollen:
        draw.ellipse([540, 360, 680, 560], fill=(236, 150, 140))
        draw.ellipse([585, 430, 625, 470], fill=(200, 90, 90))
    draw.line([600, 380, 585, 520, 615, 530], fill=(170, 120, 100), width=5)
    draw.arc([530, 600, 670, 670], 15, 165, fill=(170, 80, 80), width=6)
    label = "术后第 7 天（示例插图）" if swollen else "术前（示例插图）"
    _text(draw, (40, 820), label, 40, (40, 40, 40))
    _stamp(draw, size)
    return image


def _with_capture_date(image: Image.Image, when: datetime) -> Image.Exif:
    exif = image.getexif()
    exif[ExifTags.Base.Make] = "Sample"
    exif[ExifTags.Base.Model] = "Drawn illustration"
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = when.strftime("%Y:%m:%d %H:%M:%S")
    return exif


# -- the case ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Item:
    file_name: str
    category: str
    title: str
    proves: str
    source: str


ITEMS = (
    _Item("合同.pdf", "contract", "医疗美容服务合同", "约定了服务项目、费用和第七条退款条款", "诊所签约时交给我的纸质合同，扫描件"),
    _Item("付款记录.png", "payment_record", "微信支付账单详情", "付款 19,800 元的时间、收款方和交易单号", "微信“账单”页面截图"),
    _Item("收据.png", "invoice", "诊所开具的收款收据", "诊所确认收到 19,800 元", "诊所前台开具，手机拍照"),
    _Item("知情同意书.png", "consent_form", "注射美容知情同意书", "治疗前告知的风险范围", "治疗当天签署，向诊所索要的复印件"),
    _Item("术前.jpg", "photo_before", "术前照片", "治疗前鼻部正常", "自己用手机拍摄"),
    _Item("术后第7天.jpg", "photo_after", "术后第 7 天照片", "注射部位红肿、出现硬结", "自己用手机拍摄"),
    _Item("聊天记录.png", "chat", "与诊所客服的微信聊天记录", "已告知不良反应；诊所拒绝退还未开始的疗程", "微信聊天截图，原始记录保留在手机中"),
    _Item("广告.png", "advertising", "诊所的宣传海报", "宣传“零风险、效果保证”", "诊所门口海报，手机拍照"),
    _Item("退款要求函.pdf", "correspondence", "退款及赔偿要求函", "已书面要求退款并给出答复期限", "自己起草，快递寄出前留存的副本"),
)

DETAILS = {
    "complainant_name": "李晓雯（虚构）",
    "complainant_phone": "138 0000 0000",
    "complainant_address": "示例省虚构市和平区幸福路 8 号 2 单元 501 室",
    "clinic_name": "悦颜医疗美容诊所（虚构）",
    "clinic_address": "示例省虚构市和平区中山路 188 号 3 楼",
    "clinic_credit_code": "91000000MA00SAMPLE",
    "clinic_licence_no": "PDY00000-SAMPLE-0001",
    "clinic_phone": "0000-88886666",
    "practitioner": "王医生（虚构）",
    "treatment": "鼻部透明质酸注射填充一次；光子嫩肤疗程六次（均未开始）",
    "payment_method": "微信支付",
    "payment_channel": "wechat",
    "loan": "no",
    "platform": "no",
    "clinic_status": "open",
    "licence_scope": "yes",
    "practitioner_qualified": "unsure",
    "product_approved": "unsure",
    "payment_refs": "交易单号 4200000000202500000000；收据 No. 0000123",
    "amount_paid": "19800",
    "demand_kind": "partial_refund",
    "demand_amount": "12000",
    "refund_clause": "yes",
    "refund_clause_text": "第七条：疗程未开始的部分，乙方可以申请退款，甲方扣除已实施项目的费用后，于十五个工作日内退还余款。",
    "notes": "这是示例案件：人名、机构、电话、金额和所有图片都是虚构的，只用于熟悉本应用。",
}


def _write_files(folder: Path, days: _Days) -> list[Path]:
    def shot(day: date, hour: int) -> datetime:
        return datetime.combine(day, time(hour, 30))

    images = {
        "合同.pdf": _contract(days), "付款记录.png": _payment_screenshot(days), "收据.png": _receipt(days),
        "知情同意书.png": _consent_form(days), "聊天记录.png": _chat_screenshot(days), "广告.png": _advert(),
        "退款要求函.pdf": _demand_letter(days),
    }
    paths = []
    for item in ITEMS:
        path = folder / item.file_name
        if item.file_name == "术前.jpg":
            photo = _face_photo(swollen=False)
            photo.save(path, quality=88, exif=_with_capture_date(photo, shot(days.treatment, 9)))
        elif item.file_name == "术后第7天.jpg":
            photo = _face_photo(swollen=True)
            photo.save(path, quality=88, exif=_with_capture_date(photo, shot(days.first_aware, 20)))
        elif path.suffix == ".pdf":
            images[item.file_name].save(path, "PDF", resolution=150.0)
        else:
            images[item.file_name].save(path)
        paths.append(path)
    return paths


def build_sample_case(path: Path | None = None, *, today: date | None = None, progress: Progress | None = None,
                      is_cancelled: Callable[[], bool] = lambda: False, pool=None) -> Path:
    """Create the sample case file at `path` (default: sample_case_path()) and return its path.
    The file appears complete or not at all: it is built under a temporary name, then renamed."""
    path = Path(path or sample_case_path())
    path.parent.mkdir(parents=True, exist_ok=True)
    days = _Days.before(today or date.today())
    building = path.with_name(f".building-{path.name}")
    building.unlink(missing_ok=True)
    report = progress or (lambda done, total, label: None)
    try:
        _build(building, days, report, is_cancelled, pool)
    except BaseException:
        building.unlink(missing_ok=True)
        raise
    building.replace(path)
    report(4, 4, "")
    return path


def _build(building: Path, days: _Days, report: Progress, is_cancelled: Callable[[], bool], pool) -> None:
    # The drawings are written beside the case, not in the system's temp folder: in portable mode
    # nothing may be written outside the app's folder.
    with tempfile.TemporaryDirectory(prefix=".sample-drawings-", dir=building.parent) as scratch:
        report(0, 4, "drawing")
        files = _write_files(Path(scratch), days)
        case = create_case(building, "示例案件：悦颜诊所鼻部填充退款", is_sample=True)
        try:
            report(1, 4, "importing")
            outcomes = import_paths(case, files, is_cancelled=is_cancelled, pool=pool)
            if is_cancelled() or any(o.status == "cancelled" for o in outcomes):
                raise Cancelled()
            ids = {Path(o.path).name: o.evidence_id for o in outcomes if o.status == "stored"}
            if len(ids) != len(ITEMS):
                raise RuntimeError(f"the sample's pictures did not all import: {[o.line() for o in outcomes]}")
            report(2, 4, "details")
            _fill(case, days, ids)
            _make_pictures(case, pool)
        finally:
            case.close()


def _make_pictures(case, pool) -> None:
    """The sample opens with its thumbnails already made."""
    if pool is not None:
        thumbnails.make_missing(case, pool)
        return
    with ProbePool() as own:
        thumbnails.make_missing(case, own)


# The day each document dates from (the photos keep their capture time).
DOCUMENT_DAYS = {"合同.pdf": "consultation", "付款记录.png": "consultation", "收据.png": "consultation",
                 "广告.png": "consultation", "知情同意书.png": "treatment", "聊天记录.png": "talk",
                 "退款要求函.pdf": "demand"}


def _fill(case, days: _Days, ids: dict[str, int]) -> None:
    with case.file.transaction():
        for item in ITEMS:
            fields = {"title": item.title, "category": item.category, "proves": item.proves, "source": item.source}
            if item.file_name in DOCUMENT_DAYS:
                fields["evidence_date"] = getattr(days, DOCUMENT_DAYS[item.file_name]).isoformat()
            case.evidence.update(ids[item.file_name], fields)
        case.details.update({**DETAILS, "treatment_dates": days.treatment.isoformat(),
                             "first_aware_date": days.first_aware.isoformat(),
                             "contract_date": days.consultation.isoformat()})
        add = case.timeline.add
        add(days.consultation.isoformat(), "到诊所咨询，签订合同并付款 19,800 元", kind="payment",
            evidence_ids=[ids["合同.pdf"], ids["付款记录.png"], ids["收据.png"], ids["广告.png"]],
            description="咨询师介绍“零风险、效果保证”，当天签约付款。")
        add(days.treatment.isoformat(), "鼻部透明质酸注射填充", kind="treatment",
            evidence_ids=[ids["知情同意书.png"], ids["术前.jpg"]], description="由王医生实施，治疗前签署知情同意书。")
        add(days.first_aware.isoformat(), "注射部位持续红肿、出现硬结", kind="complication",
            evidence_ids=[ids["术后第7天.jpg"], ids["聊天记录.png"]],
            description="术后第七天仍明显红肿，摸到硬块，当晚在微信上告诉客服。")
        add(days.follow_up.isoformat(), "回诊所复诊，医生建议继续观察", kind="follow-up",
            description="未给出书面病历，只口头建议冰敷观察。")
        add(days.talk.isoformat(), "要求退还未开始的光子嫩肤疗程，被拒绝", kind="communication",
            evidence_ids=[ids["聊天记录.png"]], description="客服称套餐优惠价不能退。")
        demand = add(days.demand.isoformat(), "寄出退款及赔偿要求函", kind="demand",
                     evidence_ids=[ids["退款要求函.pdf"]], description="EMS 快递寄到诊所，保留了快递单号。",
                     arrived_on=(days.demand + timedelta(days=2)).isoformat(),
                     reply_by=(days.demand + timedelta(days=17)).isoformat()).created
        _send_letter(case, "demand", days.demand, "registered-post", "EMS 1180000000000（虚构）", demand,
                     reply_by=days.demand + timedelta(days=17))
        complaint = add(days.complaint.isoformat(), "在 12315 平台提交投诉", kind="complaint", body="12315",
                        evidence_ids=[ids["合同.pdf"], ids["付款记录.png"], ids["聊天记录.png"]],
                        description="投诉诊所拒绝按合同第七条退款。").created
        _send_letter(case, "complaint-12315", days.complaint, "online-form", "投诉编号 0000000000（虚构）", complaint)
        add(days.reply.isoformat(), "市场监管部门来电，组织调解时间待定", kind="reply")
        _set_steps(case, days, ids)


def _send_letter(case, kind: str, day: date, method: str, tracking_no: str, event_id: int,
                 reply_by: date | None = None) -> None:
    """A letter of the story, drafted from the case as it stood that day and kept as sent."""
    written = letter_drafts.draft(case, kind, "zh", today=day, reply_by=reply_by)
    letter_id = case.letters.create(kind, "zh", written.title, written.stored_fields()).created
    case.letters.mark_sent(letter_id, day.isoformat(), method, tracking_no, event_id=event_id)


def _set_steps(case, days: _Days, ids: dict[str, int]) -> None:
    settled = {
        "read-contract": ("done", days.talk, "合同第七条约定：未开始的疗程可以退款。",
                          [ids["合同.pdf"], ids["收据.png"], ids["付款记录.png"]]),
        "check-licence": ("done", days.talk, "在卫生健康委网站查到诊所执业许可证在有效期内。", [ids["广告.png"]]),
        "check-consent-form": ("done", days.talk, "同意书写明可能红肿、结节，但未写明持续时间。",
                               [ids["知情同意书.png"]]),
        "write-timeline": ("done", days.demand, "已在本应用中记下时间线。", []),
        "send-written-demand": ("done", days.demand, "已快递寄出要求函，诊所未在十五日内答复。",
                                [ids["退款要求函.pdf"]]),
    }
    for key, (status, day, outcome, evidence) in settled.items():
        step = case.checklist.by_key(key)
        case.checklist.update(step["id"], {"status": status, "started_on": day.isoformat(),
                                           "done_on": day.isoformat(), "outcome": outcome})
        if evidence:
            case.links.set("step", step["id"], "evidence", evidence)
    for key in ("keep-evidence", "request-medical-record", "complain-12315"):
        step = case.checklist.by_key(key)
        case.checklist.update(step["id"], {"status": "in_progress", "started_on": days.complaint.isoformat()})
    # The story's payment was months ago: the 7-day prepaid refund (playbook v2) no longer applies.
    step = case.checklist.by_key("prepaid-refund-7-days")
    case.checklist.update(step["id"], {"status": "not_applicable", "outcome": "付款已超过7天，不适用。"})
