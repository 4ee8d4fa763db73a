from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404

from movement.page_queries import prefetch_card_renditions


def paginate(request, items, per_page):
    """One page of `items`, their card images and renditions loaded; a page number
    that is not a number, or is out of range, is a 404."""
    paginator = Paginator(items, per_page)
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except (PageNotAnInteger, EmptyPage) as error:
        raise Http404(str(error)) from error
    page.object_list = prefetch_card_renditions(page.object_list)
    return page
