/**
 * The search result template (Pagefind Component UI syntax), shared by the search page and the
 * modal: Pagefind's own, plus the page's type and date from its `data-pagefind-meta`.
 */

export const RESULT_TEMPLATE = `<li class="pf-result">
  <div class="pf-result-card"><div class="pf-result-content">
    <p class="pf-result-meta">{{ meta.type }}{{#if meta.date}} · {{ meta.date }}{{/if}}</p>
    <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
    {{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
  </div></div>
  {{#if sub_results}}<ul class="pf-heading-chips">{{#each sub_results as sub}}<li class="pf-heading-chip"><a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a><p class="pf-heading-excerpt">{{+ sub.excerpt +}}</p></li>{{/each}}</ul>{{/if}}
</li>`;
