"""The newsletter sign-up form, wherever a template puts it."""

from django import template

from movement.newsletter.forms import SignUpForm

register = template.Library()


@register.inclusion_tag("components/newsletter_sign_up.html", takes_context=True)
def newsletter_sign_up(context, id_prefix="", heading="", text=""):
    """A fresh form; ids start with `id_prefix`, or a number counted per page so
    that two forms on a page (a block, the footer) never share one."""
    if not id_prefix:
        request = context.get("request")
        shown = getattr(request, "newsletter_forms_shown", 0) + 1
        if request is not None:
            request.newsletter_forms_shown = shown
        id_prefix = f"newsletter-{shown}"
    return {
        "form": SignUpForm(prefix_id=id_prefix),
        "id_prefix": id_prefix,
        "heading": heading,
        "text": text,
    }
