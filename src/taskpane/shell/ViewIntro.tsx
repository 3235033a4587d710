// ViewIntro is the kit's now (components/ViewIntro); this re-export goes once no view imports it from here.
export { ViewIntro } from '../components/ViewIntro';
