"""督办台账: annual work-plan decomposition, assignment and weekly supervision."""

__version__ = "0.1.0"
APP_NAME = "督办台账"
APP_ID = "DubanTaizhang"
