// Upload progress for the ingest form (optional: the form works without it).
(function () {
  var form = document.getElementById("ingest-form");
  if (!form || !window.XMLHttpRequest) return;
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var bar = document.getElementById("progress"), status = document.getElementById("status");
    var xhr = new XMLHttpRequest();
    bar.hidden = false;
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) bar.value = Math.round((100 * e.loaded) / e.total);
    });
    xhr.upload.addEventListener("load", function () { status.textContent = "Uploaded; analysing…"; });
    xhr.addEventListener("load", function () {
      if (xhr.responseURL && xhr.responseURL.indexOf("/stories/") !== -1) { window.location = xhr.responseURL; return; }
      document.open(); document.write(xhr.responseText); document.close();
    });
    xhr.addEventListener("error", function () { status.textContent = "Upload failed."; });
    xhr.open("POST", form.action);
    xhr.send(new FormData(form));
  });
})();
