// Where the renderer build puts the PDF font (renderer/build/regulation-font.ts copies it),
// relative to the app's index.html.
export const regulationFontFile = 'fonts/NotoSansSC-Regular.ttf';
export const regulationFontLicenceFile = 'fonts/NotoSansSC-OFL.txt';
