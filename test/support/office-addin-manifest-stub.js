// office-addin-mock imports office-addin-manifest for its host names and usage telemetry;
// the real module's ESM-only dependency cannot load under Jest 30, so these stand in.
module.exports = {
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
  OfficeAddinManifest: { readManifestFile: async () => ({}) },
};
