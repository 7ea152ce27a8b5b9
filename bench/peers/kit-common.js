/** Sets `el.data` and resolves on its `report-load` event (rejects on `report-error`). */
export function kitLoad(el, doc) {
  return new Promise((ok, fail) => {
    const done = (e) => {
      el.removeEventListener('report-load', done);
      el.removeEventListener('report-error', done);
      if (e.type === 'report-error') fail(new Error(`kit error screen: ${e.detail.message}`));
      else ok();
    };
    el.addEventListener('report-load', done);
    el.addEventListener('report-error', done);
    el.data = doc;
  });
}
