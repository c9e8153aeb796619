/**
 * On the old address of a renamed page: carries the address's #fragment (a paragraph, a cited
 * sentence) on to the new address, which the page's meta refresh would drop. Without JavaScript
 * the refresh still leads to the right page, at its top.
 */
const link = document.querySelector<HTMLAnchorElement>('a[data-moved-to]');
if (link && location.hash) location.replace(new URL(location.hash, link.href).href);
