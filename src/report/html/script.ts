// The report's only script, inlined and allowed by its hash in the page's
// Content-Security-Policy (so no other script can run, injected or not).
// Plain ES2020 for any current browser: keyboard navigation between
// findings, filters, sorting, pages of segments, and the status line that
// reads the focused finding aloud.

export const reportScript = `(() => {
  'use strict'
  const body = document.body
  const marks = Array.from(document.querySelectorAll('mark.fm[id]'))
  const items = Array.from(document.querySelectorAll('li.fi'))
  const status = document.getElementById('status')
  const count = document.getElementById('filter-count')
  const ruleSelect = document.getElementById('filter-rule')
  const severitySelect = document.getElementById('filter-severity')
  let current = -1

  const matches = (element) => {
    const rule = body.dataset.rule
    const severity = body.dataset.severity
    return (!rule || element.classList.contains(rule)) && (!severity || element.classList.contains(severity))
  }

  const showPage = (table, page) => {
    for (const row of table.tBodies[0].rows) row.hidden = row.dataset.page !== page
    const pager = table.previousElementSibling
    if (pager && pager.classList.contains('pager')) {
      for (const button of pager.querySelectorAll('button')) {
        if (button.dataset.page === page) button.setAttribute('aria-current', 'page')
        else button.removeAttribute('aria-current')
      }
    }
  }

  const reveal = (element) => {
    const row = element.closest('tr[data-page]')
    if (row && row.hidden) showPage(row.closest('table'), row.dataset.page)
  }

  const lit = []
  const relate = (index) => {
    for (const element of lit.splice(0)) element.classList.remove('on')
    for (const element of document.querySelectorAll('.rel[data-f="' + index + '"], li.fi[data-f="' + index + '"]')) {
      element.classList.add('on')
      lit.push(element)
    }
  }

  const announce = (element) => {
    status.textContent = element.title || element.textContent
    relate(element.dataset.f)
  }

  const focusFinding = (position) => {
    const mark = marks[position]
    current = position
    reveal(mark)
    mark.focus({preventScroll: true})
    mark.scrollIntoView({block: 'center'})
    announce(mark)
  }

  const step = (direction) => {
    const total = marks.length
    for (let offset = 1; offset <= total; offset++) {
      const position = (((current + direction * offset) % total) + total) % total
      if (matches(marks[position])) return focusFinding(position)
    }
  }

  const applyFilters = () => {
    body.dataset.rule = ruleSelect ? ruleSelect.value : ''
    body.dataset.severity = severitySelect ? severitySelect.value : ''
    let shown = 0
    for (const item of items) if (matches(item)) shown++
    if (count) count.textContent = shown + ' of ' + items.length + ' findings shown'
  }

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    if (event.target.closest && event.target.closest('input, select, textarea, button')) return
    if (event.key === 'j' || event.key === 'n') step(1)
    else if (event.key === 'k' || event.key === 'p') step(-1)
    else return
    event.preventDefault()
  })

  document.addEventListener('click', (event) => {
    const link = event.target.closest('a.fl')
    if (link) {
      const position = marks.findIndex((mark) => mark.dataset.f === link.dataset.f)
      if (position >= 0) {
        event.preventDefault()
        focusFinding(position)
      }
      return
    }
    const bar = event.target.closest('g.bar')
    if (bar) {
      if (ruleSelect) ruleSelect.value = bar.dataset.rule || ''
      if (severitySelect) severitySelect.value = bar.dataset.severity || ''
      applyFilters()
      return
    }
    const pageButton = event.target.closest('.pager button')
    if (pageButton) showPage(pageButton.parentElement.nextElementSibling, pageButton.dataset.page)
    const sortButton = event.target.closest('table.sortable th button')
    if (sortButton) sortBy(sortButton)
  })

  document.addEventListener('keydown', (event) => {
    const bar = event.target.closest && event.target.closest('g.bar')
    if (bar && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault()
      bar.dispatchEvent(new MouseEvent('click', {bubbles: true}))
    }
  })

  document.addEventListener('focusin', (event) => {
    const mark = event.target.closest && event.target.closest('mark.fm')
    if (mark) {
      current = marks.indexOf(mark)
      announce(mark)
    }
  })

  const sortBy = (button) => {
    const header = button.parentElement
    const table = header.closest('table')
    const column = Number(button.dataset.column)
    const ascending = header.getAttribute('aria-sort') !== 'ascending'
    for (const other of table.tHead.rows[0].cells) other.setAttribute('aria-sort', 'none')
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending')
    const rows = Array.from(table.tBodies[0].rows)
    const value = (row) => row.cells[column].dataset.value
    rows.sort((a, b) => {
      const order = column === 0 ? value(a).localeCompare(value(b)) : Number(value(a)) - Number(value(b))
      return ascending ? order : -order
    })
    table.tBodies[0].append(...rows)
  }

  if (ruleSelect) ruleSelect.addEventListener('change', applyFilters)
  if (severitySelect) severitySelect.addEventListener('change', applyFilters)
  const invisible = document.getElementById('show-invisible')
  invisible.addEventListener('change', () => body.classList.toggle('hide-inv', !invisible.checked))
  const clean = document.getElementById('show-clean')
  if (clean) clean.addEventListener('change', () => body.classList.toggle('show-clean', clean.checked))
  for (const table of document.querySelectorAll('table.segments')) showPage(table, '0')
  applyFilters()
})()
`
