/**
 * Builds the add-in into dist/:
 *   functions.js + functions.json  the custom functions and their metadata (from JSDoc)
 *   taskpane.js + taskpane.html    the task pane; the page also loads functions.js, since
 *                                  one shared runtime hosts both
 *   help.html                      the functions' help, where their helpUrls point
 *   demo.js + demo.html            the task pane on an in-memory sample workbook, to try
 *                                  without Excel (npm start prints its URL)
 *   manifest.xml, assets/          the manifest, every URL on ADDIN_BASE_URL, and its icons
 *
 *   ADDIN_BASE_URL=https://kpi.example.org/addin npm run build
 *
 * functions.js must also run where there is no DOM (Excel's JavaScript-only runtime and
 * the bundle test's `vm`), so the bundle never loads chunks at run time and never reads
 * document.currentScript: publicPath is fixed, the global object is globalThis, and
 * nothing is split out.
 */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { readBaseUrl, rebase } = require('./scripts/addin-base-url.cjs');
const { localhostHttpsOptions, CERT_DIR } = require('./scripts/dev-certs.cjs');
const { FunctionHelpPlugin } = require('./scripts/function-help.cjs');

const DIST = path.resolve(__dirname, 'dist');
const FUNCTIONS_SOURCE = './src/functions/functions.ts';
const FUNCTIONS_NAMESPACE = 'KPI'; // must match the manifest's Functions.Namespace string
const DEV_SERVER_PORT = 3000;

/** HTTPS options for `webpack serve`, or null (plain HTTP on localhost) with a warning. */
async function devServerHttps() {
  const { options, trusted, problem } = await localhostHttpsOptions();
  if (options && !trusted) {
    console.warn(`WARNING: serving HTTPS with a certificate your system does not trust (${problem}).\n` +
      `  Trust ${path.join(CERT_DIR, 'ca.crt')} in your browser, or run: npx office-addin-dev-certs install`);
  }
  if (!options) console.warn(`WARNING: no development certificate (${problem}); serving plain HTTP on localhost.`);
  return options;
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const https = env.WEBPACK_SERVE ? await devServerHttps() : null;
  const httpFallback = env.WEBPACK_SERVE && !https && !process.env.ADDIN_BASE_URL;
  const baseUrl = readBaseUrl(httpFallback ? { ADDIN_BASE_URL: `http://localhost:${DEV_SERVER_PORT}` } : process.env);

  return {
    mode: production ? 'production' : 'development',
    devtool: 'source-map',
    target: ['web', 'es2020'],
    entry: {
      functions: FUNCTIONS_SOURCE,
      taskpane: './src/taskpane/index.tsx',
      demo: './src/demo/demo.tsx',
    },
    output: {
      path: DIST,
      filename: '[name].js',
      clean: true,
      // Rewrite every artefact on each build: test/support/dist.ts judges dist/ fresh by the
      // oldest artefact's time, which an unchanged help.html would otherwise keep old.
      compareBeforeEmit: false,
      publicPath: '', // never 'auto': that reads document.currentScript
      globalObject: 'globalThis',
      chunkLoading: false,
      wasmLoading: false,
      workerChunkLoading: false,
      asyncChunks: false, // a dynamic import() is bundled in, not fetched
    },
    optimization: {
      splitChunks: false, // React stays in taskpane.js; functions.js holds only what it imports
      runtimeChunk: false,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // `npm test` type-checks with tsc first; the bundle only needs the JavaScript.
          options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: 'functions.json' }),
      new FunctionHelpPlugin({ metadataFile: 'functions.json', helpFile: 'help.html', baseUrl, namespace: FUNCTIONS_NAMESPACE }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new HtmlWebpackPlugin({ filename: 'demo.html', template: './src/demo/demo.html', chunks: ['demo'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rebase(content.toString(), baseUrl) },
        ],
      }),
    ],
    performance: { hints: production ? 'warning' : false, maxAssetSize: 2_000_000, maxEntrypointSize: 2_000_000 },
    devServer: {
      host: 'localhost',
      port: DEV_SERVER_PORT,
      server: https ? { type: 'https', options: https } : 'http',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false, // everything served is emitted by the build
      hot: false,
      devMiddleware: { writeToDisk: true }, // dist/manifest.xml on disk, for sideloading
    },
  };
};
