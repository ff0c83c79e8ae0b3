import type { Directive } from 'vue'

// v-more-on-scroll="load" calls load whenever its element (a "more" row
// at the end of a long list) scrolls into view, and again after each
// re-render while it is still in view (a short page leaves it showing).
// The caller's load ignores calls while one is in flight or all is read.
// Without IntersectionObserver (tests) the element is a plain button.
type Load = () => unknown
interface Watched extends HTMLElement {
  _moreLoad?: Load
  _moreObserver?: IntersectionObserver
}

export const vMoreOnScroll: Directive<Watched, Load> = {
  mounted(el, binding) {
    el._moreLoad = binding.value
    if (typeof IntersectionObserver === 'undefined') return
    el._moreObserver = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) el._moreLoad?.()
    })
    el._moreObserver.observe(el)
  },
  updated(el, binding) {
    el._moreLoad = binding.value
    // Observing anew reports the element's state at once.
    el._moreObserver?.unobserve(el)
    el._moreObserver?.observe(el)
  },
  unmounted(el) {
    el._moreObserver?.disconnect()
  },
}
