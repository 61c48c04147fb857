"""Open Referral UK (the UK profile of HSDS, as JSON) to and from the service map: the mapping
only, no database (servicemap.services imports, servicemap.selectors exports).

A service record as the Open Referral UK API's /services gives it is kept whole (without its
id, which is Service.open_referral_id) in Service.open_referral_extra, and our fields are made
from it (`values_from_record`). Export (`record_for_export`) starts from that kept record and
writes into it only the fields members changed since, so every field the standard defines
comes back as it came. What the standard cannot carry exactly (our own fields, and a member's
words where the standard holds structure: contacts, schedules) goes out under EXTENSION_KEY,
which import reads back: import then export, and export then import, change nothing.
"""

import copy
import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.conf.locale import LANG_INFO
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.dateparse import parse_datetime
from django.utils.html import strip_tags
from django.utils.text import slugify

from .models import (
    AREA_MAX,
    LANGUAGES_MAX,
    OPEN_REFERRAL_ID_MAX,
    ORGANISATION_MAX,
    SERVICE_NAME_MAX,
    SERVICE_SHORT_TEXT_MAX,
    SERVICE_TEXT_MAX,
    WHAT_WORKS_MAX,
    ReferralRoute,
    ServiceType,
)

Record = dict[str, Any]  # one service as Open Referral UK gives it
Values = dict[str, Any]  # a Service's fields that the mapping knows, by name

# Our own fields and a member's words the standard cannot carry, in each exported record.
EXTENSION_KEY = "x_cop"
# The id a service added in the map (not imported) goes out with: import recognises it.
OWN_ID_PREFIX = "cop-service-"
# The taxonomy a service's type goes out in, when members set or changed it.
SERVICE_TYPE_VOCABULARY = "cop-service-types"

# Made from the standard's fields (and given back into them where they can hold them).
MAPPED_FIELDS = ["name", "organisation", "description", "website", "area", "who_for",
                 "eligibility", "languages", "opening_hours", "how_to_refer",
                 "referral_routes", "service_type"]
# The standard has no place for these: the extension carries them.
OWN_FIELDS = ["exclusions", "what_to_bring", "what_works", "last_confirmed_at"]
FIELDS = MAPPED_FIELDS + OWN_FIELDS
TEXT_LIMITS = {
    "name": SERVICE_NAME_MAX, "organisation": ORGANISATION_MAX,
    "description": SERVICE_TEXT_MAX, "website": 200, "area": AREA_MAX,  # URLField: 200
    "who_for": SERVICE_TEXT_MAX, "eligibility": SERVICE_TEXT_MAX,
    "languages": LANGUAGES_MAX, "opening_hours": SERVICE_SHORT_TEXT_MAX,
    "how_to_refer": SERVICE_SHORT_TEXT_MAX, "exclusions": SERVICE_TEXT_MAX,
    "what_to_bring": SERVICE_SHORT_TEXT_MAX, "what_works": WHAT_WORKS_MAX,
}
EMPTY: Values = {**dict.fromkeys(TEXT_LIMITS, ""), "referral_routes": [], "service_type": "",
                 "last_confirmed_at": None}


class OpenReferralError(ValueError):
    """The data is not an Open Referral UK list of services."""


# --- Reading a file's shape ----------------------------------------------------------------


def records_in(data: Any) -> tuple[list[Any], str]:
    """The service records of a /services response (a page: {"totalElements", ...,
    "content": [...]}) or of a JSON array of services, and a note for the reader ("" or
    that this is one page of several)."""
    if isinstance(data, list):
        return data, ""
    if isinstance(data, dict) and isinstance(data.get("content"), list):
        pages = data.get("totalPages")
        note = ""
        if isinstance(pages, int) and pages > 1:
            note = (f"This file is page {data.get('number')} of {pages}: only its "
                    f"{len(data['content'])} services are imported.")
        return data["content"], note
    raise OpenReferralError(
        "The file holds neither a list of services (a JSON array) nor an Open Referral UK "
        "page of them (an object with \"content\").")


def record_problem(record: Any) -> str | None:
    """Why a record cannot be imported, or None."""
    if not isinstance(record, dict):
        return "it is not a JSON object"
    rid = record.get("id")
    if isinstance(rid, bool) or not isinstance(rid, str | int) or not str(rid).strip():
        return "it has no id"
    if len(str(rid).strip()) > OPEN_REFERRAL_ID_MAX:
        return f"its id is longer than {OPEN_REFERRAL_ID_MAX} characters"
    if not _text(record.get("name")):
        return "it has no name"
    return None


def record_id(record: Record) -> str:
    return str(record["id"]).strip()


def kept_part(record: Record) -> Record:
    """What Service.open_referral_extra keeps of a record: all of it but its id."""
    return {key: value for key, value in record.items() if key != "id"}


def record_terms(record: Record) -> list[str]:
    """Names and numbers the record gives as the service's own (its organisation, contacts,
    phones, email, places, areas, languages): the identifier scanner lets them pass, the
    contacts as work contacts."""
    terms = [_text(record.get("name")), _text(record.get("email")),
             _text(_dict(record.get("organization")).get("name"))]
    for contact in _dicts(record.get("contacts")):
        terms += [_text(contact.get("name")), _text(contact.get("title")),
                  _text(contact.get("email"))]
        terms += [_text(phone.get("number")) for phone in _dicts(contact.get("phones"))]
    for at in _dicts(record.get("service_at_locations")):
        terms.append(_text(_dict(at.get("location")).get("name")))
    terms += [_area_name(area) for area in _dicts(record.get("service_areas"))]
    for language in _dicts(record.get("languages")):
        terms += [_text(language.get("language")), language_name(_text(language.get("language")))]
    return [term for term in terms if term]


# --- Small readers: the files are other people's, so every value is checked -----------------


def _text(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    return str(value).strip() if isinstance(value, str | int | float) else ""


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _age(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


def _plain(text: str) -> str:
    """A description without the HTML markup the standard allows in it."""
    return html.unescape(strip_tags(text)).strip() if "<" in text else text


# --- Each mapping: our fields from the record, and back into it ----------------------------


@dataclass(frozen=True)
class Mapping:
    fields: tuple[str, ...]
    derive: Callable[[Record], Values]
    # Writes the values into the record, in place (`sid` names new parts); None: the
    # standard cannot hold a member's words there, so they go out in the extension.
    put: Callable[[Record, Values, str], None] | None


def _name(record: Record) -> Values:
    return {"name": _clip(_text(record.get("name")), SERVICE_NAME_MAX)}


def _put_name(record: Record, values: Values, sid: str) -> None:
    record["name"] = values["name"]


def _description(record: Record) -> Values:
    return {"description": _clip(_plain(_text(record.get("description"))), SERVICE_TEXT_MAX)}


def _put_description(record: Record, values: Values, sid: str) -> None:
    record["description"] = values["description"]


def _organisation(record: Record) -> Values:
    name = _text(_dict(record.get("organization")).get("name"))
    return {"organisation": _clip(name, ORGANISATION_MAX)}


def _put_organisation(record: Record, values: Values, sid: str) -> None:
    organisation = dict(_dict(record.get("organization")))
    organisation["name"] = values["organisation"]
    organisation.setdefault(
        "id", f"cop-organisation-{slugify(values['organisation']) or sid}")
    organisation.setdefault("description", "")
    record["organization"] = organisation


_url = URLValidator(schemes=["http", "https"])


def _website(record: Record) -> Values:
    url = _text(record.get("url"))
    try:
        _url(url)
    except ValidationError:
        return {"website": ""}
    return {"website": url if len(url) <= TEXT_LIMITS["website"] else ""}


def _put_website(record: Record, values: Values, sid: str) -> None:
    record["url"] = values["website"]


def _area_name(area: dict[str, Any]) -> str:
    return _text(area.get("service_area")) or _text(area.get("name"))


def _area(record: Record) -> Values:
    names = _unique(_area_name(area) for area in _dicts(record.get("service_areas")))
    return {"area": _clip("; ".join(names), AREA_MAX)}


def _put_area(record: Record, values: Values, sid: str) -> None:
    record["service_areas"] = [
        {"id": f"{sid}-area-{i}", "service_area": name}
        for i, name in enumerate(_split(values["area"], ";"), 1)]


def _split(text: str, separator: str) -> list[str]:
    return [part.strip() for part in text.split(separator) if part.strip()]


_AGES = re.compile(r"Aged (\d+) to (\d+)|Aged (\d+) and over|Aged up to (\d+)")


def age_words(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return f"Aged {low} to {high}"
    if low is not None:
        return f"Aged {low} and over"
    return f"Aged up to {high}" if high is not None else ""


def _ages_of(words: str) -> tuple[int | None, int | None] | None:
    match = _AGES.fullmatch(words)
    if match is None:
        return None
    both_low, both_high, low, high = match.groups()
    if both_low is not None:
        return int(both_low), int(both_high)
    return (int(low), None) if low is not None else (None, int(high))


def _eligibility(record: Record) -> Values:
    """Who it is for: the eligibility entries' words ("adult", "family", ...); eligibility:
    their age range (per entry where they differ)."""
    entries = _dicts(record.get("eligibilitys"))
    who = _unique(_text(entry.get("eligibility")) for entry in entries)
    ranges = [(_text(e.get("eligibility")), _age(e.get("minimum_age")),
               _age(e.get("maximum_age"))) for e in entries]
    ranges = [r for r in ranges if r[1] is not None or r[2] is not None]
    if len({(low, high) for _, low, high in ranges}) == 1:
        ages = age_words(ranges[0][1], ranges[0][2])
    else:
        ages = "\n".join(_unique(f"{words or 'Anyone'}: {age_words(low, high).lower()}"
                                 for words, low, high in ranges))
    return {"who_for": _clip(", ".join(who), SERVICE_TEXT_MAX),
            "eligibility": _clip(ages, SERVICE_TEXT_MAX)}


def _put_eligibility(record: Record, values: Values, sid: str) -> None:
    who = _split(values["who_for"], ",")
    low, high = _ages_of(values["eligibility"]) or (None, None)
    if not who and low is None and high is None:
        record["eligibilitys"] = []
        return
    record["eligibilitys"] = [
        {"id": f"{sid}-eligibility-{i}", "eligibility": words, "minimum_age": low,
         "maximum_age": high}
        for i, words in enumerate(who or [""], 1)]


def language_name(code_or_name: str) -> str:
    """The standard lists languages as ISO 639-1 codes ("pl"), often as names: a code we
    know becomes its name ("Polish")."""
    info = LANG_INFO.get(code_or_name.lower()) if len(code_or_name) <= 3 else None
    return info["name"] if info and "name" in info else code_or_name


def _languages(record: Record) -> Values:
    names = _unique(language_name(_text(language.get("language")))
                    for language in _dicts(record.get("languages")))
    return {"languages": _clip(", ".join(names), LANGUAGES_MAX)}


def _put_languages(record: Record, values: Values, sid: str) -> None:
    record["languages"] = [{"id": f"{sid}-language-{i}", "language": name}
                           for i, name in enumerate(_split(values["languages"], ","), 1)]


DAYS = {"MO": "Monday", "TU": "Tuesday", "WE": "Wednesday", "TH": "Thursday",
        "FR": "Friday", "SA": "Saturday", "SU": "Sunday"}
ORDINALS = {"1": "first", "2": "second", "3": "third", "4": "fourth", "-1": "last"}
_BYDAY = re.compile(r"([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)")


def _monthly_day(which: str | None, day: str) -> str:
    if not which:
        return f"every {DAYS[day]}"
    which = which.lstrip("+")
    return f"the {ORDINALS.get(which, which)} {DAYS[day]} of the month"


def _days_words(byday: str, freq: str) -> str:
    parts = [_BYDAY.fullmatch(part.strip().upper()) for part in byday.split(",")]
    if not parts or any(part is None for part in parts):
        return byday
    if freq.upper() == "MONTHLY":
        return " and ".join(_monthly_day(p.group(1), p.group(2)) for p in parts if p)
    codes = [p.group(2) for p in parts if p]
    if sorted(codes) == sorted(DAYS):
        return "every day"
    order = list(DAYS)
    positions = [order.index(code) for code in codes]
    if len(codes) >= 3 and positions == list(range(positions[0], positions[0] + len(codes))):
        return f"{DAYS[codes[0]]} to {DAYS[codes[-1]]}"
    names = [DAYS[code] for code in codes]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _time(value: Any) -> str:
    text = _text(value)
    match = re.match(r"(\d{1,2}):(\d{2})", text)
    return f"{int(match.group(1)):02d}:{match.group(2)}" if match else text


def schedule_words(schedule: dict[str, Any]) -> str:
    """One regular schedule in words: "Monday to Friday, 09:00 to 17:00"; its description
    where it has no days or times."""
    byday, freq = _text(schedule.get("byday")), _text(schedule.get("freq"))
    opens, closes = _time(schedule.get("opens_at")), _time(schedule.get("closes_at"))
    days = _days_words(byday, freq) if byday else ""
    if freq.upper() == "MONTHLY" and not byday and _text(schedule.get("bymonthday")):
        days = f"Day {_text(schedule.get('bymonthday'))} of each month"
    if _text(schedule.get("interval")) == "2" and freq.upper() == "WEEKLY" and days:
        days = f"Every other {days}"
    hours = f"{opens} to {closes}" if opens and closes else opens or closes
    words = ", ".join(part for part in (days, hours) if part)
    description = _text(schedule.get("description"))
    if not words:
        return description
    words = words[:1].upper() + words[1:]
    return f"{words} ({description})" if description else words


def _opening_hours(record: Record) -> Values:
    """The service's own schedules; where it has none, each place's (service_at_locations)."""
    lines = [schedule_words(s) for s in _dicts(record.get("regular_schedules"))]
    if not any(lines):
        for at in _dicts(record.get("service_at_locations")):
            place = _text(_dict(at.get("location")).get("name"))
            schedules = _dicts(at.get("regular_schedules")) or _dicts(at.get("regular_schedule"))
            lines += [f"{place}: {words}" if place else words
                      for words in map(schedule_words, schedules) if words]
    return {"opening_hours": _clip("\n".join(_unique(lines)), SERVICE_SHORT_TEXT_MAX)}


def _put_opening_hours(record: Record, values: Values, sid: str) -> None:
    record["regular_schedules"] = [
        {"id": f"{sid}-schedule-{i}", "description": line}
        for i, line in enumerate(_split(values["opening_hours"], "\n"), 1)]


ACCESS_WORDS = {"referral": "by referral", "appointment": "by appointment",
                "membership": "members only", "drop-in": "drop-in"}
ATTENDING_WORDS = {"venue": "in person", "phone": "by phone", "online": "online",
                   "home visit": "home visit"}


def _how_to_refer(record: Record) -> Values:
    """Access and attending, each contact (title, name, phones, email), the service's email."""
    lines = []
    access = _text(record.get("attending_access"))
    if access:
        lines.append(f"Access: {ACCESS_WORDS.get(access.lower(), access)}")
    attending = _text(record.get("attending_type"))
    if attending:
        lines.append(f"Attending: {ATTENDING_WORDS.get(attending.lower(), attending)}")
    for contact in _dicts(record.get("contacts")):
        who = ", ".join(_unique([_text(contact.get("title")), _text(contact.get("name"))]))
        reach = _unique([_text(phone.get("number")) for phone in _dicts(contact.get("phones"))])
        how = " or ".join(reach)
        if _text(contact.get("email")):
            how = ", ".join(filter(None, [how, _text(contact.get("email"))]))
        lines.append(f"{who}: {how}" if who and how else who or how)
    if _text(record.get("email")):
        lines.append(f"Email: {_text(record.get('email'))}")
    return {"how_to_refer": _clip("\n".join(line for line in lines if line),
                                  SERVICE_SHORT_TEXT_MAX)}


ROUTES_BY_ACCESS = {"drop-in": [ReferralRoute.DROP_IN.value],
                    "referral": [ReferralRoute.PROFESSIONAL_FORM.value]}


def _referral_routes(record: Record) -> Values:
    access = _text(record.get("attending_access")).lower()
    return {"referral_routes": list(ROUTES_BY_ACCESS.get(access, []))}


# A taxonomy term's name -> our service type, where the words say it (the first term that
# does, in the record's order).
TYPE_WORDS = [
    (ServiceType.HOUSING, r"housing|homeless|tenan|accommodation|hostel|rough sleep"),
    (ServiceType.MENTAL_HEALTH, r"mental health|talking therap|psycholog|psychiatr"),
    (ServiceType.DRUG_ALCOHOL, r"drug|alcohol|substance|addiction"),
    (ServiceType.PRIMARY_CARE, r"\bgps?\b|primary care|general practi|pharmac"),
    (ServiceType.HOSPITAL, r"hospital|a ?& ?e\b|emergency department"),
    (ServiceType.PROBATION_POLICE, r"probation|police|offend|criminal justice"),
    (ServiceType.SOCIAL_CARE, r"social care|safeguarding|social work|carers?\b"),
    (ServiceType.BENEFITS, r"benefit|universal credit|welfare|debt|money advice"),
    (ServiceType.IMMIGRATION, r"immigration|asylum|refugee|no recourse"),
]
_TYPE_PATTERNS = [(kind, re.compile(words, re.IGNORECASE)) for kind, words in TYPE_WORDS]


def _service_type(record: Record) -> Values:
    terms = [_dict(st.get("taxonomy")) for st in _dicts(record.get("service_taxonomys"))]
    for term in terms:
        if _text(term.get("vocabulary")) == SERVICE_TYPE_VOCABULARY:
            value = _text(term.get("id")).removeprefix(f"{SERVICE_TYPE_VOCABULARY}:")
            if value in ServiceType.values:
                return {"service_type": value}
    for term in terms:
        name = _text(term.get("name"))
        for kind, pattern in _TYPE_PATTERNS:
            if pattern.search(name):
                return {"service_type": kind.value}
    return {"service_type": ""}


def _put_service_type(record: Record, values: Values, sid: str) -> None:
    terms = [st for st in _dicts(record.get("service_taxonomys"))
             if _text(_dict(st.get("taxonomy")).get("vocabulary")) != SERVICE_TYPE_VOCABULARY]
    if values["service_type"]:
        value = values["service_type"]
        terms.insert(0, {"id": f"{sid}-service-type", "taxonomy": {
            "id": f"{SERVICE_TYPE_VOCABULARY}:{value}", "name": ServiceType(value).label,
            "vocabulary": SERVICE_TYPE_VOCABULARY}})
    record["service_taxonomys"] = terms


MAPPINGS = [
    Mapping(("name",), _name, _put_name),
    Mapping(("organisation",), _organisation, _put_organisation),
    Mapping(("description",), _description, _put_description),
    Mapping(("website",), _website, _put_website),
    Mapping(("area",), _area, _put_area),
    Mapping(("who_for", "eligibility"), _eligibility, _put_eligibility),
    Mapping(("languages",), _languages, _put_languages),
    Mapping(("opening_hours",), _opening_hours, _put_opening_hours),
    Mapping(("how_to_refer",), _how_to_refer, None),
    Mapping(("referral_routes",), _referral_routes, None),
    Mapping(("service_type",), _service_type, _put_service_type),
]


def standard_values(record: Record) -> Values:
    """Our mapped fields as the standard's fields of `record` give them."""
    values: Values = {}
    for mapping in MAPPINGS:
        values.update(mapping.derive(record))
    return values


# --- The extension --------------------------------------------------------------------------


def _extension_value(name: str, value: Any) -> tuple[bool, Any]:
    """(whether `value` is a usable value of field `name`, the value as the field holds it).
    The website is not read from it: the standard's url always carries it."""
    if name in TEXT_LIMITS and name != "website":
        if not isinstance(value, str):
            return False, None
        return True, _clip(value.strip(), TEXT_LIMITS[name])
    if name == "referral_routes":
        if not isinstance(value, list):
            return False, None
        return True, _unique(v for v in value if isinstance(v, str) and v in ReferralRoute.values)
    if name == "service_type":
        return value in ["", *ServiceType.values], value
    if name == "last_confirmed_at":
        moment = parse_datetime(value) if isinstance(value, str) else None
        if moment is None:
            return False, None
        return True, moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return False, None


def extension_values(record: Record) -> Values:
    """The fields the record's extension gives (only those: a field it leaves out is one
    it says nothing about)."""
    values: Values = {}
    for name, value in _dict(record.get(EXTENSION_KEY)).items():
        usable, cleaned = _extension_value(name, value)
        if name in FIELDS and usable:
            values[name] = cleaned
    return values


def values_from_record(record: Record) -> Values:
    """What the record says of our fields: every mapped field, and the own fields its
    extension gives."""
    return {**standard_values(record), **extension_values(record)}


def _as_json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def service_values(service: Any) -> Values:
    """A Service's fields that the mapping knows."""
    return {name: getattr(service, name) for name in FIELDS}


# --- Export ---------------------------------------------------------------------------------


def new_record(sid: str) -> Record:
    """The standard's fields of a service added in the map, before its values go in."""
    return {
        "name": "", "description": "", "url": "", "email": "", "status": "active",
        "fees": "", "accreditations": "", "deliverable_type": "", "attending_type": None,
        "attending_access": None, "assured_date": None,
        "organization": {"id": f"{sid}-organisation", "name": "", "description": ""},
        "service_areas": [], "fundings": [], "regular_schedules": [], "eligibilitys": [],
        "service_at_locations": [], "cost_options": [], "reviews": [], "contacts": [],
        "holiday_schedules": [], "service_taxonomys": [], "languages": [],
    }


def record_for_export(values: Values, kept: Record, sid: str) -> Record:
    """The service as an Open Referral UK record: the kept record (or a new one), with the
    fields that members changed written in where the standard can hold them, and in the
    extension what it cannot hold exactly and our own fields."""
    record = copy.deepcopy(kept) if kept else new_record(sid)
    record.pop(EXTENSION_KEY, None)
    record.pop("id", None)
    before = standard_values(record)
    for mapping in MAPPINGS:
        if mapping.put and any(values[name] != before[name] for name in mapping.fields):
            mapping.put(record, values, sid)
    after = standard_values(record)
    extension = {name: _as_json(values[name]) for name in MAPPED_FIELDS
                 if values[name] != after[name]}
    extension.update({name: _as_json(values[name]) for name in OWN_FIELDS
                      if values[name] not in ("", None)})
    exported = {"id": sid, **record}
    if extension:
        exported[EXTENSION_KEY] = extension
    return exported


def page(records: list[Record]) -> dict[str, Any]:
    """All the records as one page of the Open Referral UK API's /services answer."""
    return {"totalElements": len(records), "totalPages": 1 if records else 0, "number": 1,
            "size": len(records), "first": True, "last": True, "content": records}
