/**
 * Prints one sheet of the course (a register, the passwords, a report) and nothing else of the page:
 * the print stylesheet (course.css) shows only the element marked while the print dialog is open.
 */
export function printSheet(sheet: HTMLElement | null): void {
  if (!sheet) return;
  sheet.classList.add('course-print-target');
  document.body.classList.add('course-printing');
  try {
    window.print();
  } finally {
    sheet.classList.remove('course-print-target');
    document.body.classList.remove('course-printing');
  }
}
