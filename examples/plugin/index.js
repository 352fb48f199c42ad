// The plugin: what a `.lintrc.json` names in `plugins` ("./lint-rules/index.js"
// for a copy in the project, or the npm package that publishes it).

import {houseQuotes} from './house-quotes.js'

export const rules = [houseQuotes]
