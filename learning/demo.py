"""Demo learning record for `seed_demo`: the demo member's reflections on the first two
sessions they attended (so the learning log and the CPD record have something to show),
the others left for "Waiting for you" to ask about. Idempotent: a member with reflections
already gets none."""

from members import demo as demo_registry
from members.demo import DemoWorld

from . import selectors
from .models import Reflection, ReflectionPrompt

REFLECTIONS = [
    ("Asking for the homelessness decision in writing gives a date to review from, and the "
     "council has to give reasons.",
     "Ask for every refusal in writing, and put a review date in my diary straight away."),
    ("Other services meet the same wall with hospital discharges: it is a pattern, not bad "
     "luck, and the community can take it to the board.",
     "Record the barrier on the case each time, so the counts show it."),
]


def seed(world: DemoWorld) -> int:
    member = world.member
    if Reflection.objects.filter(user=member).exists():
        return 0
    sessions = list(reversed(selectors.attended_sessions(member, limit=None)))
    ReflectionPrompt.objects.bulk_create(
        [ReflectionPrompt(user=member, session=s) for s in sessions], ignore_conflicts=True)
    made = [Reflection(user=member, session=s, learned=learned, differently=differently,
                       created_at=s.ends_at, updated_at=s.ends_at)
            for s, (learned, differently) in zip(sessions, REFLECTIONS, strict=False)]
    Reflection.objects.bulk_create(made)
    return len(made)


def register() -> None:
    demo_registry.register("learning", seed)
