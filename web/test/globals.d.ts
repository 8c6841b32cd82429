declare const TESTDATA: string;
declare const REPO: string;
