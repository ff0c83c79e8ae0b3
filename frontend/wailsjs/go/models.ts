export namespace app {
	
	export class AboutInfo {
	    version: string;
	    licence: string;
	    dataDir: string;
	    logFile: string;
	    book: string;
	
	    static createFrom(source: any = {}) {
	        return new AboutInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.version = source["version"];
	        this.licence = source["licence"];
	        this.dataDir = source["dataDir"];
	        this.logFile = source["logFile"];
	        this.book = source["book"];
	    }
	}
	export class BackupFile {
	    path: string;
	    encrypted: boolean;
	    book: store.BookSummary;
	
	    static createFrom(source: any = {}) {
	        return new BackupFile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.encrypted = source["encrypted"];
	        this.book = this.convertValues(source["book"], store.BookSummary);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Boot {
	    version: string;
	    dbPath: string;
	    systemLanguage: string;
	    offerSample: boolean;
	    settings: domain.Settings;
	    textLimits: {[key: string]: number};
	
	    static createFrom(source: any = {}) {
	        return new Boot(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.version = source["version"];
	        this.dbPath = source["dbPath"];
	        this.systemLanguage = source["systemLanguage"];
	        this.offerSample = source["offerSample"];
	        this.settings = this.convertValues(source["settings"], domain.Settings);
	        this.textLimits = source["textLimits"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CalendarFile {
	    path: string;
	    events: number;
	
	    static createFrom(source: any = {}) {
	        return new CalendarFile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.events = source["events"];
	    }
	}
	export class ExportedFile {
	    path: string;
	    opened: boolean;
	    openError: string;
	
	    static createFrom(source: any = {}) {
	        return new ExportedFile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.opened = source["opened"];
	        this.openError = source["openError"];
	    }
	}
	export class FileArrival {
	    path: string;
	    name: string;
	    ext: string;
	    kind: string;
	    current: boolean;
	
	    static createFrom(source: any = {}) {
	        return new FileArrival(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.name = source["name"];
	        this.ext = source["ext"];
	        this.kind = source["kind"];
	        this.current = source["current"];
	    }
	}
	export class ImportPlan {
	    kind: string;
	    sheet: string;
	    sheets: importer.SheetInfo[];
	    headerRow: number;
	    columns: importer.HeaderColumn[];
	    fields: domain.Column[];
	    rows: number;
	    preview: importer.PreviewRow[];
	    errorCount: number;
	    errors: importer.Problem[];
	
	    static createFrom(source: any = {}) {
	        return new ImportPlan(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.sheet = source["sheet"];
	        this.sheets = this.convertValues(source["sheets"], importer.SheetInfo);
	        this.headerRow = source["headerRow"];
	        this.columns = this.convertValues(source["columns"], importer.HeaderColumn);
	        this.fields = this.convertValues(source["fields"], domain.Column);
	        this.rows = source["rows"];
	        this.preview = this.convertValues(source["preview"], importer.PreviewRow);
	        this.errorCount = source["errorCount"];
	        this.errors = this.convertValues(source["errors"], importer.Problem);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ImportResult {
	    imported: number;
	    plan?: ImportPlan;
	
	    static createFrom(source: any = {}) {
	        return new ImportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.imported = source["imported"];
	        this.plan = this.convertValues(source["plan"], ImportPlan);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ListFile {
	    path: string;
	    opened: boolean;
	    openError: string;
	    rows: number;
	
	    static createFrom(source: any = {}) {
	        return new ListFile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.opened = source["opened"];
	        this.openError = source["openError"];
	        this.rows = source["rows"];
	    }
	}
	export class OpenState {
	    open: boolean;
	    problem: string;
	    path: string;
	    detail: string;
	    systemLanguage: string;
	
	    static createFrom(source: any = {}) {
	        return new OpenState(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.open = source["open"];
	        this.problem = source["problem"];
	        this.path = source["path"];
	        this.detail = source["detail"];
	        this.systemLanguage = source["systemLanguage"];
	    }
	}
	export class ReplicaRestoreInput {
	    settings: domain.ReplicationSettings;
	    accessKey: string;
	    secretKey: string;
	    at: string;
	
	    static createFrom(source: any = {}) {
	        return new ReplicaRestoreInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.settings = this.convertValues(source["settings"], domain.ReplicationSettings);
	        this.accessKey = source["accessKey"];
	        this.secretKey = source["secretKey"];
	        this.at = source["at"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ReplicationInput {
	    settings: domain.ReplicationSettings;
	    accessKey: string;
	    secretKey: string;
	
	    static createFrom(source: any = {}) {
	        return new ReplicationInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.settings = this.convertValues(source["settings"], domain.ReplicationSettings);
	        this.accessKey = source["accessKey"];
	        this.secretKey = source["secretKey"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ReplicationState {
	    settings: domain.ReplicationSettings;
	    keysSaved: boolean;
	    status: service.ReplicationStatus;
	
	    static createFrom(source: any = {}) {
	        return new ReplicationState(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.settings = this.convertValues(source["settings"], domain.ReplicationSettings);
	        this.keysSaved = source["keysSaved"];
	        this.status = this.convertValues(source["status"], service.ReplicationStatus);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace domain {
	
	export class ClassificationInputs {
	    volume: number;
	    profitability: number;
	    strategicFit: number;
	    ease: number;
	    growth: number;
	    projects: number;
	    shareRoom: number;
	    techAbsorption: number;
	    coverage: number;
	    satisfaction: number;
	
	    static createFrom(source: any = {}) {
	        return new ClassificationInputs(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.volume = source["volume"];
	        this.profitability = source["profitability"];
	        this.strategicFit = source["strategicFit"];
	        this.ease = source["ease"];
	        this.growth = source["growth"];
	        this.projects = source["projects"];
	        this.shareRoom = source["shareRoom"];
	        this.techAbsorption = source["techAbsorption"];
	        this.coverage = source["coverage"];
	        this.satisfaction = source["satisfaction"];
	    }
	}
	export class KeyCharacteristics {
	    highValue: boolean;
	    barrier: boolean;
	    futureCompetition: boolean;
	    coreMarket: boolean;
	
	    static createFrom(source: any = {}) {
	        return new KeyCharacteristics(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.highValue = source["highValue"];
	        this.barrier = source["barrier"];
	        this.futureCompetition = source["futureCompetition"];
	        this.coreMarket = source["coreMarket"];
	    }
	}
	export class IdentificationScores {
	    largeOrders: number;
	    strategic: number;
	    influence: number;
	    technology: number;
	    market: number;
	
	    static createFrom(source: any = {}) {
	        return new IdentificationScores(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.largeOrders = source["largeOrders"];
	        this.strategic = source["strategic"];
	        this.influence = source["influence"];
	        this.technology = source["technology"];
	        this.market = source["market"];
	    }
	}
	export class Account {
	    id: number;
	    name: string;
	    shortName: string;
	    englishName: string;
	    industry: string;
	    region: string;
	    address: string;
	    employees: number;
	    revenue: number;
	    businessStrategy: string;
	    supplyChainStrategy: string;
	    procurementPlans: string;
	    competitors: string;
	    ourSales: number;
	    categorySpend: number;
	    status: string;
	    manager: string;
	    stage: string;
	    notes: string;
	    identification: IdentificationScores;
	    characteristics: KeyCharacteristics;
	    classification: ClassificationInputs;
	    createdAt: string;
	    updatedAt: string;
	    deletedAt: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Account(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.shortName = source["shortName"];
	        this.englishName = source["englishName"];
	        this.industry = source["industry"];
	        this.region = source["region"];
	        this.address = source["address"];
	        this.employees = source["employees"];
	        this.revenue = source["revenue"];
	        this.businessStrategy = source["businessStrategy"];
	        this.supplyChainStrategy = source["supplyChainStrategy"];
	        this.procurementPlans = source["procurementPlans"];
	        this.competitors = source["competitors"];
	        this.ourSales = source["ourSales"];
	        this.categorySpend = source["categorySpend"];
	        this.status = source["status"];
	        this.manager = source["manager"];
	        this.stage = source["stage"];
	        this.notes = source["notes"];
	        this.identification = this.convertValues(source["identification"], IdentificationScores);
	        this.characteristics = this.convertValues(source["characteristics"], KeyCharacteristics);
	        this.classification = this.convertValues(source["classification"], ClassificationInputs);
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.deletedAt = source["deletedAt"];
	        this.version = source["version"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AccountMember {
	    memberId: number;
	    name: string;
	    role: string;
	
	    static createFrom(source: any = {}) {
	        return new AccountMember(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.memberId = source["memberId"];
	        this.name = source["name"];
	        this.role = source["role"];
	    }
	}
	export class PlanReview {
	    date: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new PlanReview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.date = source["date"];
	        this.note = source["note"];
	    }
	}
	export class PlanRisk {
	    risk: string;
	    countermeasure: string;
	
	    static createFrom(source: any = {}) {
	        return new PlanRisk(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.risk = source["risk"];
	        this.countermeasure = source["countermeasure"];
	    }
	}
	export class PlanAction {
	    id: number;
	    item: string;
	    owner: string;
	    due: string;
	    status: string;
	
	    static createFrom(source: any = {}) {
	        return new PlanAction(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.item = source["item"];
	        this.owner = source["owner"];
	        this.due = source["due"];
	        this.status = source["status"];
	    }
	}
	export class AccountPlan {
	    accountId: number;
	    year: number;
	    business: string;
	    strategy: string;
	    organisation: string;
	    procurement: string;
	    salesHistory: string;
	    shareOfWallet: string;
	    stage: string;
	    strengths: string;
	    weaknesses: string;
	    opportunities: string;
	    threats: string;
	    revenueTarget: number;
	    shareTarget: number;
	    stageTarget: string;
	    objectives: string;
	    strategies: string;
	    actions: PlanAction[];
	    resources: string;
	    risks: PlanRisk[];
	    reviews: PlanReview[];
	    updatedAt: string;
	    versions: {[key: string]: number};
	
	    static createFrom(source: any = {}) {
	        return new AccountPlan(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accountId = source["accountId"];
	        this.year = source["year"];
	        this.business = source["business"];
	        this.strategy = source["strategy"];
	        this.organisation = source["organisation"];
	        this.procurement = source["procurement"];
	        this.salesHistory = source["salesHistory"];
	        this.shareOfWallet = source["shareOfWallet"];
	        this.stage = source["stage"];
	        this.strengths = source["strengths"];
	        this.weaknesses = source["weaknesses"];
	        this.opportunities = source["opportunities"];
	        this.threats = source["threats"];
	        this.revenueTarget = source["revenueTarget"];
	        this.shareTarget = source["shareTarget"];
	        this.stageTarget = source["stageTarget"];
	        this.objectives = source["objectives"];
	        this.strategies = source["strategies"];
	        this.actions = this.convertValues(source["actions"], PlanAction);
	        this.resources = source["resources"];
	        this.risks = this.convertValues(source["risks"], PlanRisk);
	        this.reviews = this.convertValues(source["reviews"], PlanReview);
	        this.updatedAt = source["updatedAt"];
	        this.versions = source["versions"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AccountTeam {
	    accountId: number;
	    leadId: number;
	    leadName: string;
	    members: AccountMember[];
	
	    static createFrom(source: any = {}) {
	        return new AccountTeam(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accountId = source["accountId"];
	        this.leadId = source["leadId"];
	        this.leadName = source["leadName"];
	        this.members = this.convertValues(source["members"], AccountMember);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Cost {
	    category: string;
	    budget: number;
	    actual: number;
	
	    static createFrom(source: any = {}) {
	        return new Cost(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.category = source["category"];
	        this.budget = source["budget"];
	        this.actual = source["actual"];
	    }
	}
	export class Invitee {
	    contactId: number;
	    name: string;
	    accountId: number;
	    accountName: string;
	    attended: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Invitee(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.contactId = source["contactId"];
	        this.name = source["name"];
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.attended = source["attended"];
	    }
	}
	export class Activity {
	    id: number;
	    type: string;
	    title: string;
	    start: string;
	    end: string;
	    place: string;
	    status: string;
	    notes: string;
	    review: string;
	    accounts: number[];
	    invitees: Invitee[];
	    costs: Cost[];
	    deals: number[];
	    version: number;
	    createdAt: string;
	    updatedAt: string;
	    deletedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Activity(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.type = source["type"];
	        this.title = source["title"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.place = source["place"];
	        this.status = source["status"];
	        this.notes = source["notes"];
	        this.review = source["review"];
	        this.accounts = source["accounts"];
	        this.invitees = this.convertValues(source["invitees"], Invitee);
	        this.costs = this.convertValues(source["costs"], Cost);
	        this.deals = source["deals"];
	        this.version = source["version"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.deletedAt = source["deletedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ActivityFacts {
	    budget: number;
	    cost: number;
	    accounts: number;
	    invited: number;
	    attended: number;
	    deals: number;
	    won: number;
	
	    static createFrom(source: any = {}) {
	        return new ActivityFacts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.budget = source["budget"];
	        this.cost = source["cost"];
	        this.accounts = source["accounts"];
	        this.invited = source["invited"];
	        this.attended = source["attended"];
	        this.deals = source["deals"];
	        this.won = source["won"];
	    }
	}
	export class Text {
	    zh: string;
	    en: string;
	
	    static createFrom(source: any = {}) {
	        return new Text(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.zh = source["zh"];
	        this.en = source["en"];
	    }
	}
	export class ActivityType {
	    id: string;
	    name: Text;
	
	    static createFrom(source: any = {}) {
	        return new ActivityType(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = this.convertValues(source["name"], Text);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Reopen {
	    at: string;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new Reopen(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.at = source["at"];
	        this.reason = source["reason"];
	    }
	}
	export class AssessmentItem {
	    id: number;
	    kind: string;
	    metric: string;
	    name: string;
	    weight: number;
	    target: number;
	    cap: number;
	    actual: number;
	    computable: boolean;
	    entered: boolean;
	    rating: number;
	    score: number;
	
	    static createFrom(source: any = {}) {
	        return new AssessmentItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.kind = source["kind"];
	        this.metric = source["metric"];
	        this.name = source["name"];
	        this.weight = source["weight"];
	        this.target = source["target"];
	        this.cap = source["cap"];
	        this.actual = source["actual"];
	        this.computable = source["computable"];
	        this.entered = source["entered"];
	        this.rating = source["rating"];
	        this.score = source["score"];
	    }
	}
	export class Assessment {
	    id: number;
	    memberId: number;
	    memberName: string;
	    memberRole: string;
	    period: string;
	    templateId: number;
	    templateName: string;
	    status: string;
	    comments: string;
	    total: number;
	    grade: string;
	    items: AssessmentItem[];
	    reopens: Reopen[];
	    finalisedAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Assessment(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.memberId = source["memberId"];
	        this.memberName = source["memberName"];
	        this.memberRole = source["memberRole"];
	        this.period = source["period"];
	        this.templateId = source["templateId"];
	        this.templateName = source["templateName"];
	        this.status = source["status"];
	        this.comments = source["comments"];
	        this.total = source["total"];
	        this.grade = source["grade"];
	        this.items = this.convertValues(source["items"], AssessmentItem);
	        this.reopens = this.convertValues(source["reopens"], Reopen);
	        this.finalisedAt = source["finalisedAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ItemEdit {
	    id: number;
	    rating: number;
	    actual: number;
	    entered: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ItemEdit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.rating = source["rating"];
	        this.actual = source["actual"];
	        this.entered = source["entered"];
	    }
	}
	export class AssessmentEdit {
	    id: number;
	    comments: string;
	    items: ItemEdit[];
	
	    static createFrom(source: any = {}) {
	        return new AssessmentEdit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.comments = source["comments"];
	        this.items = this.convertValues(source["items"], ItemEdit);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class AssessmentSettings {
	    cap: number;
	    a: number;
	    b: number;
	    c: number;
	
	    static createFrom(source: any = {}) {
	        return new AssessmentSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.cap = source["cap"];
	        this.a = source["a"];
	        this.b = source["b"];
	        this.c = source["c"];
	    }
	}
	export class Attention {
	    accountId: number;
	    accountName: string;
	    tier: string;
	    interactions: number;
	    overStrategic: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Attention(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.tier = source["tier"];
	        this.interactions = source["interactions"];
	        this.overStrategic = source["overStrategic"];
	    }
	}
	export class AttractivenessWeights {
	    volume: number;
	    profitability: number;
	    strategicFit: number;
	    ease: number;
	
	    static createFrom(source: any = {}) {
	        return new AttractivenessWeights(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.volume = source["volume"];
	        this.profitability = source["profitability"];
	        this.strategicFit = source["strategicFit"];
	        this.ease = source["ease"];
	    }
	}
	
	export class Column {
	    key: string;
	    zh: string;
	    en: string;
	    aliases: string[];
	    required: boolean;
	    type: string;
	    enum?: string;
	
	    static createFrom(source: any = {}) {
	        return new Column(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.zh = source["zh"];
	        this.en = source["en"];
	        this.aliases = source["aliases"];
	        this.required = source["required"];
	        this.type = source["type"];
	        this.enum = source["enum"];
	    }
	}
	export class Contact {
	    id: number;
	    accountId: number;
	    accountName: string;
	    name: string;
	    title: string;
	    department: string;
	    reportsTo: number;
	    phone: string;
	    mobile: string;
	    email: string;
	    wechat: string;
	    birthday: string;
	    interests: string;
	    notes: string;
	    role: string;
	    attitude: number;
	    influence: string;
	    strength: number;
	    lastContact: string;
	    createdAt: string;
	    updatedAt: string;
	    deletedAt: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Contact(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.name = source["name"];
	        this.title = source["title"];
	        this.department = source["department"];
	        this.reportsTo = source["reportsTo"];
	        this.phone = source["phone"];
	        this.mobile = source["mobile"];
	        this.email = source["email"];
	        this.wechat = source["wechat"];
	        this.birthday = source["birthday"];
	        this.interests = source["interests"];
	        this.notes = source["notes"];
	        this.role = source["role"];
	        this.attitude = source["attitude"];
	        this.influence = source["influence"];
	        this.strength = source["strength"];
	        this.lastContact = source["lastContact"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.deletedAt = source["deletedAt"];
	        this.version = source["version"];
	    }
	}
	
	export class DealPerson {
	    contactId: number;
	    name: string;
	    role: string;
	    attitude: number;
	    influence: string;
	    lastContact: string;
	
	    static createFrom(source: any = {}) {
	        return new DealPerson(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.contactId = source["contactId"];
	        this.name = source["name"];
	        this.role = source["role"];
	        this.attitude = source["attitude"];
	        this.influence = source["influence"];
	        this.lastContact = source["lastContact"];
	    }
	}
	export class DevelopmentGoal {
	    id: number;
	    title: string;
	    due: string;
	    done: boolean;
	
	    static createFrom(source: any = {}) {
	        return new DevelopmentGoal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.due = source["due"];
	        this.done = source["done"];
	    }
	}
	export class Elements {
	    need: number;
	    budget: number;
	    decision: number;
	    timeline: number;
	    fit: number;
	    competitive: number;
	    profitability: number;
	
	    static createFrom(source: any = {}) {
	        return new Elements(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.need = source["need"];
	        this.budget = source["budget"];
	        this.decision = source["decision"];
	        this.timeline = source["timeline"];
	        this.fit = source["fit"];
	        this.competitive = source["competitive"];
	        this.profitability = source["profitability"];
	    }
	}
	export class PeriodFigure {
	    period: string;
	    count: number;
	    amount: number;
	    weighted: number;
	    won: number;
	
	    static createFrom(source: any = {}) {
	        return new PeriodFigure(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.period = source["period"];
	        this.count = source["count"];
	        this.amount = source["amount"];
	        this.weighted = source["weighted"];
	        this.won = source["won"];
	    }
	}
	export class StageFigure {
	    stage: string;
	    count: number;
	    amount: number;
	    weighted: number;
	    conversion: number;
	    avgDays: number;
	
	    static createFrom(source: any = {}) {
	        return new StageFigure(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stage = source["stage"];
	        this.count = source["count"];
	        this.amount = source["amount"];
	        this.weighted = source["weighted"];
	        this.conversion = source["conversion"];
	        this.avgDays = source["avgDays"];
	    }
	}
	export class Funnel {
	    stages: StageFigure[];
	    open: number;
	    openAmount: number;
	    weighted: number;
	    won: number;
	    wonAmount: number;
	    lost: number;
	    winRate: number;
	    months: PeriodFigure[];
	    quarters: PeriodFigure[];
	    stalled: number[];
	    stalledCount: number;
	
	    static createFrom(source: any = {}) {
	        return new Funnel(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stages = this.convertValues(source["stages"], StageFigure);
	        this.open = source["open"];
	        this.openAmount = source["openAmount"];
	        this.weighted = source["weighted"];
	        this.won = source["won"];
	        this.wonAmount = source["wonAmount"];
	        this.lost = source["lost"];
	        this.winRate = source["winRate"];
	        this.months = this.convertValues(source["months"], PeriodFigure);
	        this.quarters = this.convertValues(source["quarters"], PeriodFigure);
	        this.stalled = source["stalled"];
	        this.stalledCount = source["stalledCount"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class FunnelFilter {
	    manager: string;
	    tiers: string[];
	    from: string;
	    to: string;
	
	    static createFrom(source: any = {}) {
	        return new FunnelFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.manager = source["manager"];
	        this.tiers = source["tiers"];
	        this.from = source["from"];
	        this.to = source["to"];
	    }
	}
	export class ServiceSettings {
	    critical: number;
	    high: number;
	    medium: number;
	    low: number;
	
	    static createFrom(source: any = {}) {
	        return new ServiceSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.critical = source["critical"];
	        this.high = source["high"];
	        this.medium = source["medium"];
	        this.low = source["low"];
	    }
	}
	export class HealthInputs {
	    keyContacts: string[];
	    roles: number;
	    attitudeSum: number;
	    attitudeWeight: number;
	    complaints: ServiceSettings;
	    satisfaction: number;
	    stage: string;
	    revenueNow: number;
	    revenueLast: number;
	
	    static createFrom(source: any = {}) {
	        return new HealthInputs(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.keyContacts = source["keyContacts"];
	        this.roles = source["roles"];
	        this.attitudeSum = source["attitudeSum"];
	        this.attitudeWeight = source["attitudeWeight"];
	        this.complaints = this.convertValues(source["complaints"], ServiceSettings);
	        this.satisfaction = source["satisfaction"];
	        this.stage = source["stage"];
	        this.revenueNow = source["revenueNow"];
	        this.revenueLast = source["revenueLast"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class HealthPart {
	    id: string;
	    value: number;
	    weight: number;
	    points: number;
	
	    static createFrom(source: any = {}) {
	        return new HealthPart(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.value = source["value"];
	        this.weight = source["weight"];
	        this.points = source["points"];
	    }
	}
	export class HealthWeights {
	    recency: number;
	    coverage: number;
	    attitude: number;
	    complaints: number;
	    satisfaction: number;
	    stage: number;
	    revenue: number;
	
	    static createFrom(source: any = {}) {
	        return new HealthWeights(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.recency = source["recency"];
	        this.coverage = source["coverage"];
	        this.attitude = source["attitude"];
	        this.complaints = source["complaints"];
	        this.satisfaction = source["satisfaction"];
	        this.stage = source["stage"];
	        this.revenue = source["revenue"];
	    }
	}
	export class HealthSettings {
	    weights: HealthWeights;
	    threshold: number;
	    drop: number;
	    recentDays: number;
	    complaintPoints: ServiceSettings;
	
	    static createFrom(source: any = {}) {
	        return new HealthSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.weights = this.convertValues(source["weights"], HealthWeights);
	        this.threshold = source["threshold"];
	        this.drop = source["drop"];
	        this.recentDays = source["recentDays"];
	        this.complaintPoints = this.convertValues(source["complaintPoints"], ServiceSettings);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class ISOWeek {
	    key: string;
	    from: string;
	    to: string;
	
	    static createFrom(source: any = {}) {
	        return new ISOWeek(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.from = source["from"];
	        this.to = source["to"];
	    }
	}
	
	export class IdentificationWeights {
	    largeOrders: number;
	    strategic: number;
	    influence: number;
	    technology: number;
	    market: number;
	
	    static createFrom(source: any = {}) {
	        return new IdentificationWeights(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.largeOrders = source["largeOrders"];
	        this.strategic = source["strategic"];
	        this.influence = source["influence"];
	        this.technology = source["technology"];
	        this.market = source["market"];
	    }
	}
	export class Interaction {
	    id: number;
	    accountId: number;
	    accountName: string;
	    date: string;
	    kind: string;
	    opportunityId: number;
	    contactIds: number[];
	    contactNames: string[];
	    summary: string;
	    outcome: string;
	    nextStep: string;
	    nextDue: string;
	    nextDone: boolean;
	    createdAt: string;
	    updatedAt: string;
	    deletedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Interaction(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.date = source["date"];
	        this.kind = source["kind"];
	        this.opportunityId = source["opportunityId"];
	        this.contactIds = source["contactIds"];
	        this.contactNames = source["contactNames"];
	        this.summary = source["summary"];
	        this.outcome = source["outcome"];
	        this.nextStep = source["nextStep"];
	        this.nextDue = source["nextDue"];
	        this.nextDone = source["nextDone"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.deletedAt = source["deletedAt"];
	    }
	}
	
	
	export class KPI {
	    id: string;
	    unit: string;
	    value: number;
	    available: boolean;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new KPI(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.unit = source["unit"];
	        this.value = source["value"];
	        this.available = source["available"];
	        this.reason = source["reason"];
	    }
	}
	
	export class LookSettings {
	    theme: string;
	
	    static createFrom(source: any = {}) {
	        return new LookSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.theme = source["theme"];
	    }
	}
	export class MarketingPlanLine {
	    type: string;
	    activities: number;
	    budget: number;
	    revenue: number;
	
	    static createFrom(source: any = {}) {
	        return new MarketingPlanLine(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.type = source["type"];
	        this.activities = source["activities"];
	        this.budget = source["budget"];
	        this.revenue = source["revenue"];
	    }
	}
	export class MarketingPlan {
	    period: string;
	    lines: MarketingPlanLine[];
	
	    static createFrom(source: any = {}) {
	        return new MarketingPlan(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.period = source["period"];
	        this.lines = this.convertValues(source["lines"], MarketingPlanLine);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class MarketingSettings {
	    types: ActivityType[];
	    suggestDays: number;
	
	    static createFrom(source: any = {}) {
	        return new MarketingSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.types = this.convertValues(source["types"], ActivityType);
	        this.suggestDays = source["suggestDays"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Measure {
	    target: number;
	    actual: number;
	    achievement: number;
	
	    static createFrom(source: any = {}) {
	        return new Measure(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.target = source["target"];
	        this.actual = source["actual"];
	        this.achievement = source["achievement"];
	    }
	}
	export class Skill {
	    name: string;
	    level: number;
	
	    static createFrom(source: any = {}) {
	        return new Skill(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.level = source["level"];
	    }
	}
	export class Member {
	    id: number;
	    name: string;
	    role: string;
	    title: string;
	    phone: string;
	    email: string;
	    skills: Skill[];
	    leads: number;
	    serves: number;
	    createdAt: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Member(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.role = source["role"];
	        this.title = source["title"];
	        this.phone = source["phone"];
	        this.email = source["email"];
	        this.skills = this.convertValues(source["skills"], Skill);
	        this.leads = source["leads"];
	        this.serves = source["serves"];
	        this.createdAt = source["createdAt"];
	        this.version = source["version"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MetricInfo {
	    key: string;
	    unit: string;
	    manual: boolean;
	
	    static createFrom(source: any = {}) {
	        return new MetricInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.unit = source["unit"];
	        this.manual = source["manual"];
	    }
	}
	export class Opportunity {
	    id: number;
	    accountId: number;
	    accountName: string;
	    name: string;
	    amount: number;
	    closeDate: string;
	    stage: string;
	    override: boolean;
	    probability: number;
	    competitors: string;
	    solution: string;
	    criteria: string;
	    status: string;
	    lossReason: string;
	    step: string;
	    elements: Elements;
	    tasksDone: string[];
	    people: DealPerson[];
	    closedOn: string;
	    stageSince: string;
	    lastInteraction: string;
	    createdAt: string;
	    updatedAt: string;
	    deletedAt: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Opportunity(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.name = source["name"];
	        this.amount = source["amount"];
	        this.closeDate = source["closeDate"];
	        this.stage = source["stage"];
	        this.override = source["override"];
	        this.probability = source["probability"];
	        this.competitors = source["competitors"];
	        this.solution = source["solution"];
	        this.criteria = source["criteria"];
	        this.status = source["status"];
	        this.lossReason = source["lossReason"];
	        this.step = source["step"];
	        this.elements = this.convertValues(source["elements"], Elements);
	        this.tasksDone = source["tasksDone"];
	        this.people = this.convertValues(source["people"], DealPerson);
	        this.closedOn = source["closedOn"];
	        this.stageSince = source["stageSince"];
	        this.lastInteraction = source["lastInteraction"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.deletedAt = source["deletedAt"];
	        this.version = source["version"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Period {
	    key: string;
	    kind: string;
	    year: number;
	    from: string;
	    to: string;
	
	    static createFrom(source: any = {}) {
	        return new Period(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.kind = source["kind"];
	        this.year = source["year"];
	        this.from = source["from"];
	        this.to = source["to"];
	    }
	}
	
	
	
	
	export class PotentialWeights {
	    growth: number;
	    projects: number;
	    shareRoom: number;
	    techAbsorption: number;
	
	    static createFrom(source: any = {}) {
	        return new PotentialWeights(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.growth = source["growth"];
	        this.projects = source["projects"];
	        this.shareRoom = source["shareRoom"];
	        this.techAbsorption = source["techAbsorption"];
	    }
	}
	export class ROI {
	    revenue: number;
	    cost: number;
	    ratio: number;
	    ok: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ROI(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.revenue = source["revenue"];
	        this.cost = source["cost"];
	        this.ratio = source["ratio"];
	        this.ok = source["ok"];
	    }
	}
	export class RedFlag {
	    code: string;
	    key: string;
	    params?: {[key: string]: any};
	    contactId?: number;
	
	    static createFrom(source: any = {}) {
	        return new RedFlag(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.key = source["key"];
	        this.params = source["params"];
	        this.contactId = source["contactId"];
	    }
	}
	export class RelationshipWeights {
	    stage: number;
	    coverage: number;
	    satisfaction: number;
	    shareOfWallet: number;
	
	    static createFrom(source: any = {}) {
	        return new RelationshipWeights(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stage = source["stage"];
	        this.coverage = source["coverage"];
	        this.satisfaction = source["satisfaction"];
	        this.shareOfWallet = source["shareOfWallet"];
	    }
	}
	export class ReminderSettings {
	    enabled: boolean;
	    time: string;
	
	    static createFrom(source: any = {}) {
	        return new ReminderSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.enabled = source["enabled"];
	        this.time = source["time"];
	    }
	}
	
	export class ReplicationSettings {
	    enabled: boolean;
	    kind: string;
	    folder: string;
	    endpoint: string;
	    bucket: string;
	    path: string;
	    region: string;
	
	    static createFrom(source: any = {}) {
	        return new ReplicationSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.enabled = source["enabled"];
	        this.kind = source["kind"];
	        this.folder = source["folder"];
	        this.endpoint = source["endpoint"];
	        this.bucket = source["bucket"];
	        this.path = source["path"];
	        this.region = source["region"];
	    }
	}
	export class SatisfactionPoint {
	    period: string;
	    answers: number;
	    score: number;
	    recommend: number;
	    nps: number;
	
	    static createFrom(source: any = {}) {
	        return new SatisfactionPoint(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.period = source["period"];
	        this.answers = source["answers"];
	        this.score = source["score"];
	        this.recommend = source["recommend"];
	        this.nps = source["nps"];
	    }
	}
	export class Scores {
	    identification: number;
	    keyAccount: boolean;
	    attractiveness: number;
	    potential: number;
	    relationship: number;
	    quadrant: string;
	    shareOfWallet: number;
	    stageScore: number;
	    shareScore: number;
	
	    static createFrom(source: any = {}) {
	        return new Scores(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.identification = source["identification"];
	        this.keyAccount = source["keyAccount"];
	        this.attractiveness = source["attractiveness"];
	        this.potential = source["potential"];
	        this.relationship = source["relationship"];
	        this.quadrant = source["quadrant"];
	        this.shareOfWallet = source["shareOfWallet"];
	        this.stageScore = source["stageScore"];
	        this.shareScore = source["shareScore"];
	    }
	}
	export class ScoringSettings {
	    identification: IdentificationWeights;
	    threshold: number;
	    attractiveness: AttractivenessWeights;
	    potential: PotentialWeights;
	    relationship: RelationshipWeights;
	    split: number;
	
	    static createFrom(source: any = {}) {
	        return new ScoringSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.identification = this.convertValues(source["identification"], IdentificationWeights);
	        this.threshold = source["threshold"];
	        this.attractiveness = this.convertValues(source["attractiveness"], AttractivenessWeights);
	        this.potential = this.convertValues(source["potential"], PotentialWeights);
	        this.relationship = this.convertValues(source["relationship"], RelationshipWeights);
	        this.split = source["split"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SelfCheckItem {
	    key: string;
	    text: Text;
	
	    static createFrom(source: any = {}) {
	        return new SelfCheckItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.text = this.convertValues(source["text"], Text);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ServiceRequest {
	    id: number;
	    accountId: number;
	    accountName: string;
	    contactId: number;
	    contactName: string;
	    owner: string;
	    type: string;
	    severity: string;
	    channel: string;
	    status: string;
	    title: string;
	    description: string;
	    opened: string;
	    resolved: string;
	    resolution: string;
	    days: number;
	    targetDays: number;
	    overdue: boolean;
	    createdAt: string;
	    updatedAt: string;
	    deletedAt: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new ServiceRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.contactId = source["contactId"];
	        this.contactName = source["contactName"];
	        this.owner = source["owner"];
	        this.type = source["type"];
	        this.severity = source["severity"];
	        this.channel = source["channel"];
	        this.status = source["status"];
	        this.title = source["title"];
	        this.description = source["description"];
	        this.opened = source["opened"];
	        this.resolved = source["resolved"];
	        this.resolution = source["resolution"];
	        this.days = source["days"];
	        this.targetDays = source["targetDays"];
	        this.overdue = source["overdue"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.deletedAt = source["deletedAt"];
	        this.version = source["version"];
	    }
	}
	
	export class Stage {
	    id: string;
	    name: Text;
	    probability: number;
	    tasks: Text[];
	    exit: Text;
	
	    static createFrom(source: any = {}) {
	        return new Stage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = this.convertValues(source["name"], Text);
	        this.probability = source["probability"];
	        this.tasks = this.convertValues(source["tasks"], Text);
	        this.exit = this.convertValues(source["exit"], Text);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Settings {
	    language: string;
	    currency: string;
	    scoring: ScoringSettings;
	    staleDays: number;
	    stages: Stage[];
	    lossReasons: Text[];
	    stalledDays: number;
	    myName: string;
	    assessment: AssessmentSettings;
	    look: LookSettings;
	    reminders: ReminderSettings;
	    service: ServiceSettings;
	    health: HealthSettings;
	    replication: ReplicationSettings;
	    marketing: MarketingSettings;
	
	    static createFrom(source: any = {}) {
	        return new Settings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.language = source["language"];
	        this.currency = source["currency"];
	        this.scoring = this.convertValues(source["scoring"], ScoringSettings);
	        this.staleDays = source["staleDays"];
	        this.stages = this.convertValues(source["stages"], Stage);
	        this.lossReasons = this.convertValues(source["lossReasons"], Text);
	        this.stalledDays = source["stalledDays"];
	        this.myName = source["myName"];
	        this.assessment = this.convertValues(source["assessment"], AssessmentSettings);
	        this.look = this.convertValues(source["look"], LookSettings);
	        this.reminders = this.convertValues(source["reminders"], ReminderSettings);
	        this.service = this.convertValues(source["service"], ServiceSettings);
	        this.health = this.convertValues(source["health"], HealthSettings);
	        this.replication = this.convertValues(source["replication"], ReplicationSettings);
	        this.marketing = this.convertValues(source["marketing"], MarketingSettings);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	export class Survey {
	    id: number;
	    accountId: number;
	    accountName: string;
	    contactId: number;
	    contactName: string;
	    period: string;
	    date: string;
	    score: number;
	    recommend: number;
	    comments: string;
	    createdAt: string;
	    updatedAt: string;
	    deletedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Survey(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.contactId = source["contactId"];
	        this.contactName = source["contactName"];
	        this.period = source["period"];
	        this.date = source["date"];
	        this.score = source["score"];
	        this.recommend = source["recommend"];
	        this.comments = source["comments"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.deletedAt = source["deletedAt"];
	    }
	}
	export class Target {
	    period: string;
	    accountId: number;
	    memberId: number;
	    revenue: number;
	    newOpportunities: number;
	    visits: number;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Target(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.period = source["period"];
	        this.accountId = source["accountId"];
	        this.memberId = source["memberId"];
	        this.revenue = source["revenue"];
	        this.newOpportunities = source["newOpportunities"];
	        this.visits = source["visits"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class TargetScope {
	    accountId: number;
	    memberId: number;
	
	    static createFrom(source: any = {}) {
	        return new TargetScope(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accountId = source["accountId"];
	        this.memberId = source["memberId"];
	    }
	}
	export class TargetView {
	    period: string;
	    scope: TargetScope;
	    name: string;
	    set: boolean;
	    revenue: Measure;
	    newOpportunities: Measure;
	    visits: Measure;
	
	    static createFrom(source: any = {}) {
	        return new TargetView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.period = source["period"];
	        this.scope = this.convertValues(source["scope"], TargetScope);
	        this.name = source["name"];
	        this.set = source["set"];
	        this.revenue = this.convertValues(source["revenue"], Measure);
	        this.newOpportunities = this.convertValues(source["newOpportunities"], Measure);
	        this.visits = this.convertValues(source["visits"], Measure);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TemplateItem {
	    kind: string;
	    metric: string;
	    name: string;
	    weight: number;
	    target: number;
	    cap: number;
	
	    static createFrom(source: any = {}) {
	        return new TemplateItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.metric = source["metric"];
	        this.name = source["name"];
	        this.weight = source["weight"];
	        this.target = source["target"];
	        this.cap = source["cap"];
	    }
	}
	export class Template {
	    id: number;
	    name: string;
	    items: TemplateItem[];
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Template(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.items = this.convertValues(source["items"], TemplateItem);
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class Training {
	    id: number;
	    memberId: number;
	    memberName: string;
	    course: string;
	    date: string;
	    hours: number;
	    result: string;
	
	    static createFrom(source: any = {}) {
	        return new Training(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.memberId = source["memberId"];
	        this.memberName = source["memberName"];
	        this.course = source["course"];
	        this.date = source["date"];
	        this.hours = source["hours"];
	        this.result = source["result"];
	    }
	}
	export class TrashedWeekEntry {
	    kind: string;
	    id: number;
	    title: string;
	    week: string;
	    due: string;
	    deletedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new TrashedWeekEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.id = source["id"];
	        this.title = source["title"];
	        this.week = source["week"];
	        this.due = source["due"];
	        this.deletedAt = source["deletedAt"];
	    }
	}
	export class WeekItem {
	    id: number;
	    week: string;
	    title: string;
	    accountId: number;
	    accountName: string;
	    done: boolean;
	
	    static createFrom(source: any = {}) {
	        return new WeekItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.week = source["week"];
	        this.title = source["title"];
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.done = source["done"];
	    }
	}

}

export namespace importer {
	
	export class HeaderColumn {
	    index: number;
	    letter: string;
	    header: string;
	    field: string;
	
	    static createFrom(source: any = {}) {
	        return new HeaderColumn(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.index = source["index"];
	        this.letter = source["letter"];
	        this.header = source["header"];
	        this.field = source["field"];
	    }
	}
	export class PreviewRow {
	    row: number;
	    cells: string[];
	
	    static createFrom(source: any = {}) {
	        return new PreviewRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = source["row"];
	        this.cells = source["cells"];
	    }
	}
	export class Problem {
	    row: number;
	    field: string;
	    code: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new Problem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = source["row"];
	        this.field = source["field"];
	        this.code = source["code"];
	        this.message = source["message"];
	    }
	}
	export class Request {
	    kind: string;
	    path: string;
	    sheet: string;
	    mapping: string[];
	    lang: string;
	
	    static createFrom(source: any = {}) {
	        return new Request(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.path = source["path"];
	        this.sheet = source["sheet"];
	        this.mapping = source["mapping"];
	        this.lang = source["lang"];
	    }
	}
	export class SheetInfo {
	    name: string;
	    table: boolean;
	
	    static createFrom(source: any = {}) {
	        return new SheetInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.table = source["table"];
	    }
	}

}

export namespace service {
	
	export class AccountHealth {
	    score: number;
	    parts: domain.HealthPart[];
	    risk: boolean;
	    prev: number;
	    threshold: number;
	    inputs: domain.HealthInputs;
	    history: store.HealthMonth[];
	    satisfaction: domain.SatisfactionPoint[];
	    open: domain.ServiceRequest[];
	    openTotal: number;
	
	    static createFrom(source: any = {}) {
	        return new AccountHealth(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.score = source["score"];
	        this.parts = this.convertValues(source["parts"], domain.HealthPart);
	        this.risk = source["risk"];
	        this.prev = source["prev"];
	        this.threshold = source["threshold"];
	        this.inputs = this.convertValues(source["inputs"], domain.HealthInputs);
	        this.history = this.convertValues(source["history"], store.HealthMonth);
	        this.satisfaction = this.convertValues(source["satisfaction"], domain.SatisfactionPoint);
	        this.open = this.convertValues(source["open"], domain.ServiceRequest);
	        this.openTotal = source["openTotal"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AccountView {
	    account: domain.Account;
	    scores: domain.Scores;
	    flags: domain.RedFlag[];
	    group: store.GroupLink;
	    health: store.StoredHealthOf;
	
	    static createFrom(source: any = {}) {
	        return new AccountView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.account = this.convertValues(source["account"], domain.Account);
	        this.scores = this.convertValues(source["scores"], domain.Scores);
	        this.flags = this.convertValues(source["flags"], domain.RedFlag);
	        this.group = this.convertValues(source["group"], store.GroupLink);
	        this.health = this.convertValues(source["health"], store.StoredHealthOf);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AccountPage {
	    rows: AccountView[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new AccountPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], AccountView);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class ActivityPage {
	    rows: store.ActivityRow[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new ActivityPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], store.ActivityRow);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ActivityView {
	    activity: domain.Activity;
	    facts: domain.ActivityFacts;
	    roi: domain.ROI;
	    accountNames: {[key: number]: string};
	    linked: store.LinkedDeal[];
	    suggested: store.LinkedDeal[];
	    suggestFrom: string;
	    suggestTo: string;
	
	    static createFrom(source: any = {}) {
	        return new ActivityView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.activity = this.convertValues(source["activity"], domain.Activity);
	        this.facts = this.convertValues(source["facts"], domain.ActivityFacts);
	        this.roi = this.convertValues(source["roi"], domain.ROI);
	        this.accountNames = source["accountNames"];
	        this.linked = this.convertValues(source["linked"], store.LinkedDeal);
	        this.suggested = this.convertValues(source["suggested"], store.LinkedDeal);
	        this.suggestFrom = source["suggestFrom"];
	        this.suggestTo = source["suggestTo"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ReminderItem {
	    kind: string;
	    id: number;
	    accountId: number;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new ReminderItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.id = source["id"];
	        this.accountId = source["accountId"];
	        this.text = source["text"];
	    }
	}
	export class ReminderGroup {
	    kind: string;
	    items: ReminderItem[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new ReminderGroup(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.items = this.convertValues(source["items"], ReminderItem);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Agenda {
	    day: string;
	    groups: ReminderGroup[];
	
	    static createFrom(source: any = {}) {
	        return new Agenda(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.day = source["day"];
	        this.groups = this.convertValues(source["groups"], ReminderGroup);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AtRiskPage {
	    rows: store.AtRiskAccount[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new AtRiskPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], store.AtRiskAccount);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Birthday {
	    contactId: number;
	    accountId: number;
	    name: string;
	    title: string;
	    accountName: string;
	    date: string;
	    inDays: number;
	
	    static createFrom(source: any = {}) {
	        return new Birthday(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.contactId = source["contactId"];
	        this.accountId = source["accountId"];
	        this.name = source["name"];
	        this.title = source["title"];
	        this.accountName = source["accountName"];
	        this.date = source["date"];
	        this.inDays = source["inDays"];
	    }
	}
	export class CalendarRange {
	    from: string;
	    to: string;
	
	    static createFrom(source: any = {}) {
	        return new CalendarRange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	    }
	}
	export class ContactPage {
	    rows: domain.Contact[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new ContactPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], domain.Contact);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ControlLine {
	    type: string;
	    plan: domain.MarketingPlanLine;
	    actual: store.TypeActual;
	    roi: domain.ROI;
	
	    static createFrom(source: any = {}) {
	        return new ControlLine(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.type = source["type"];
	        this.plan = this.convertValues(source["plan"], domain.MarketingPlanLine);
	        this.actual = this.convertValues(source["actual"], store.TypeActual);
	        this.roi = this.convertValues(source["roi"], domain.ROI);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Control {
	    period: domain.Period;
	    lines: ControlLine[];
	    total: ControlLine;
	    quarters: ControlLine[];
	
	    static createFrom(source: any = {}) {
	        return new Control(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.period = this.convertValues(source["period"], domain.Period);
	        this.lines = this.convertValues(source["lines"], ControlLine);
	        this.total = this.convertValues(source["total"], ControlLine);
	        this.quarters = this.convertValues(source["quarters"], ControlLine);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class DashboardLine {
	    target: domain.TargetView;
	    weighted: number;
	    coverage: domain.KPI;
	
	    static createFrom(source: any = {}) {
	        return new DashboardLine(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.target = this.convertValues(source["target"], domain.TargetView);
	        this.weighted = source["weighted"];
	        this.coverage = this.convertValues(source["coverage"], domain.KPI);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Dashboard {
	    myName: string;
	    periods: DashboardLine[];
	
	    static createFrom(source: any = {}) {
	        return new Dashboard(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.myName = source["myName"];
	        this.periods = this.convertValues(source["periods"], DashboardLine);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class DealView {
	    deal: domain.Opportunity;
	    score: number;
	    coverage: number;
	    flags: domain.RedFlag[];
	
	    static createFrom(source: any = {}) {
	        return new DealView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.deal = this.convertValues(source["deal"], domain.Opportunity);
	        this.score = source["score"];
	        this.coverage = source["coverage"];
	        this.flags = this.convertValues(source["flags"], domain.RedFlag);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DealColumn {
	    stage: string;
	    count: number;
	    amount: number;
	    weighted: number;
	    cards: DealView[];
	
	    static createFrom(source: any = {}) {
	        return new DealColumn(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stage = source["stage"];
	        this.count = source["count"];
	        this.amount = source["amount"];
	        this.weighted = source["weighted"];
	        this.cards = this.convertValues(source["cards"], DealView);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DealBoard {
	    columns: DealColumn[];
	    closed: DealColumn;
	    hasDeals: boolean;
	
	    static createFrom(source: any = {}) {
	        return new DealBoard(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.columns = this.convertValues(source["columns"], DealColumn);
	        this.closed = this.convertValues(source["closed"], DealColumn);
	        this.hasDeals = source["hasDeals"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DealBoardFilter {
	    accountId: number;
	    manager: string;
	    tiers: string[];
	    keyOnly: boolean;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new DealBoardFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accountId = source["accountId"];
	        this.manager = source["manager"];
	        this.tiers = source["tiers"];
	        this.keyOnly = source["keyOnly"];
	        this.text = source["text"];
	    }
	}
	
	export class DealPage {
	    rows: DealView[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new DealPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], DealView);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class DealVisitsPage {
	    total: number;
	    visits: domain.Interaction[];
	
	    static createFrom(source: any = {}) {
	        return new DealVisitsPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.total = source["total"];
	        this.visits = this.convertValues(source["visits"], domain.Interaction);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class GroupHealth {
	    available: boolean;
	    score: number;
	    accounts: number;
	    atRisk: number;
	
	    static createFrom(source: any = {}) {
	        return new GroupHealth(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.available = source["available"];
	        this.score = source["score"];
	        this.accounts = source["accounts"];
	        this.atRisk = source["atRisk"];
	    }
	}
	export class GroupPage {
	    rows: store.GroupRollup[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new GroupPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], store.GroupRollup);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class GroupView {
	    group: store.GroupRollup;
	    year: number;
	    wonDeals: number;
	    wonAmount: number;
	    weighted: number;
	    health: GroupHealth;
	    keyPeople: store.GroupPerson[];
	    members: store.GroupMember[];
	    memberTotal: number;
	
	    static createFrom(source: any = {}) {
	        return new GroupView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.group = this.convertValues(source["group"], store.GroupRollup);
	        this.year = source["year"];
	        this.wonDeals = source["wonDeals"];
	        this.wonAmount = source["wonAmount"];
	        this.weighted = source["weighted"];
	        this.health = this.convertValues(source["health"], GroupHealth);
	        this.keyPeople = this.convertValues(source["keyPeople"], store.GroupPerson);
	        this.members = this.convertValues(source["members"], store.GroupMember);
	        this.memberTotal = source["memberTotal"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Home {
	    today: string;
	    steps: domain.Interaction[];
	    stepsTotal: number;
	    birthdays: Birthday[];
	    birthdaysTotal: number;
	    flagged: AccountView[];
	    flaggedTotal: number;
	    overdue: store.OverdueAction[];
	    overdueTotal: number;
	    dashboard: Dashboard;
	    atRisk: store.AtRiskAccount[];
	    atRiskTotal: number;
	
	    static createFrom(source: any = {}) {
	        return new Home(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.today = source["today"];
	        this.steps = this.convertValues(source["steps"], domain.Interaction);
	        this.stepsTotal = source["stepsTotal"];
	        this.birthdays = this.convertValues(source["birthdays"], Birthday);
	        this.birthdaysTotal = source["birthdaysTotal"];
	        this.flagged = this.convertValues(source["flagged"], AccountView);
	        this.flaggedTotal = source["flaggedTotal"];
	        this.overdue = this.convertValues(source["overdue"], store.OverdueAction);
	        this.overdueTotal = source["overdueTotal"];
	        this.dashboard = this.convertValues(source["dashboard"], Dashboard);
	        this.atRisk = this.convertValues(source["atRisk"], store.AtRiskAccount);
	        this.atRiskTotal = source["atRiskTotal"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Indicators {
	    period: domain.Period;
	    previous: string;
	    kpis: domain.KPI[];
	    visitKinds: string[];
	
	    static createFrom(source: any = {}) {
	        return new Indicators(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.period = this.convertValues(source["period"], domain.Period);
	        this.previous = source["previous"];
	        this.kpis = this.convertValues(source["kpis"], domain.KPI);
	        this.visitKinds = source["visitKinds"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MatrixPoints {
	    id: number[];
	    name: string[];
	    a: number[];
	    r: number[];
	    p: number[];
	    k: number[];
	    q: number[];
	
	    static createFrom(source: any = {}) {
	        return new MatrixPoints(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.a = source["a"];
	        this.r = source["r"];
	        this.p = source["p"];
	        this.k = source["k"];
	        this.q = source["q"];
	    }
	}
	export class MatrixData {
	    split: number;
	    counts: {[key: string]: number};
	    points: MatrixPoints;
	    unclassified: store.Named[];
	    leads: store.Named[];
	
	    static createFrom(source: any = {}) {
	        return new MatrixData(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.split = source["split"];
	        this.counts = source["counts"];
	        this.points = this.convertValues(source["points"], MatrixPoints);
	        this.unclassified = this.convertValues(source["unclassified"], store.Named);
	        this.leads = this.convertValues(source["leads"], store.Named);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MatrixFilter {
	    quadrant: string;
	    managerId: number;
	    keyOnly: boolean;
	    groupId: number;
	
	    static createFrom(source: any = {}) {
	        return new MatrixFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.quadrant = source["quadrant"];
	        this.managerId = source["managerId"];
	        this.keyOnly = source["keyOnly"];
	        this.groupId = source["groupId"];
	    }
	}
	
	export class MemberAchievement {
	    name: string;
	    total: number;
	    grade: string;
	    achievement: number;
	    computable: boolean;
	
	    static createFrom(source: any = {}) {
	        return new MemberAchievement(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.total = source["total"];
	        this.grade = source["grade"];
	        this.achievement = source["achievement"];
	        this.computable = source["computable"];
	    }
	}
	export class MemberPage {
	    rows: store.GroupMember[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new MemberPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], store.GroupMember);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PreviousScore {
	    period: string;
	    total: number;
	    grade: string;
	    scores: {[key: string]: number};
	
	    static createFrom(source: any = {}) {
	        return new PreviousScore(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.period = source["period"];
	        this.total = source["total"];
	        this.grade = source["grade"];
	        this.scores = source["scores"];
	    }
	}
	export class ReviewRating {
	    name: string;
	    weight: number;
	    rating: number;
	    score: number;
	
	    static createFrom(source: any = {}) {
	        return new ReviewRating(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.weight = source["weight"];
	        this.rating = source["rating"];
	        this.score = source["score"];
	    }
	}
	export class ReviewKPI {
	    key: string;
	    name: string;
	    unit: string;
	    weight: number;
	    target: number;
	    actual: number;
	    score: number;
	    computable: boolean;
	    manual: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ReviewKPI(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.name = source["name"];
	        this.unit = source["unit"];
	        this.weight = source["weight"];
	        this.target = source["target"];
	        this.actual = source["actual"];
	        this.score = source["score"];
	        this.computable = source["computable"];
	        this.manual = source["manual"];
	    }
	}
	export class MemberReview {
	    rank: number;
	    memberId: number;
	    name: string;
	    role: string;
	    template: string;
	    total: number;
	    grade: string;
	    final: boolean;
	    kpis: ReviewKPI[];
	    ratings: ReviewRating[];
	    comments: string;
	    reopens: domain.Reopen[];
	    previous?: PreviousScore;
	    training: domain.Training[];
	
	    static createFrom(source: any = {}) {
	        return new MemberReview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rank = source["rank"];
	        this.memberId = source["memberId"];
	        this.name = source["name"];
	        this.role = source["role"];
	        this.template = source["template"];
	        this.total = source["total"];
	        this.grade = source["grade"];
	        this.final = source["final"];
	        this.kpis = this.convertValues(source["kpis"], ReviewKPI);
	        this.ratings = this.convertValues(source["ratings"], ReviewRating);
	        this.comments = source["comments"];
	        this.reopens = this.convertValues(source["reopens"], domain.Reopen);
	        this.previous = this.convertValues(source["previous"], PreviousScore);
	        this.training = this.convertValues(source["training"], domain.Training);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PlanPosition {
	    ourSales: number;
	    categorySpend: number;
	    share: number;
	    stage: string;
	    status: string;
	    wonByYear: store.YearSales[];
	
	    static createFrom(source: any = {}) {
	        return new PlanPosition(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ourSales = source["ourSales"];
	        this.categorySpend = source["categorySpend"];
	        this.share = source["share"];
	        this.stage = source["stage"];
	        this.status = source["status"];
	        this.wonByYear = this.convertValues(source["wonByYear"], store.YearSales);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PlanView {
	    plan: domain.AccountPlan;
	    exists: boolean;
	    accountName: string;
	    position: PlanPosition;
	    years: number[];
	    limits: {[key: string]: number};
	    target: domain.TargetView;
	
	    static createFrom(source: any = {}) {
	        return new PlanView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.plan = this.convertValues(source["plan"], domain.AccountPlan);
	        this.exists = source["exists"];
	        this.accountName = source["accountName"];
	        this.position = this.convertValues(source["position"], PlanPosition);
	        this.years = source["years"];
	        this.limits = source["limits"];
	        this.target = this.convertValues(source["target"], domain.TargetView);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	export class ReminderState {
	    asked: boolean;
	    enabled: boolean;
	    notifyError: string;
	
	    static createFrom(source: any = {}) {
	        return new ReminderState(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.asked = source["asked"];
	        this.enabled = source["enabled"];
	        this.notifyError = source["notifyError"];
	    }
	}
	export class ReplicationStatus {
	    on: boolean;
	    target: string;
	    lastReplicated: string;
	    pending: number;
	    lagSeconds: number;
	    errorKey: string;
	    errorDetail: string;
	    errorAt: string;
	
	    static createFrom(source: any = {}) {
	        return new ReplicationStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.on = source["on"];
	        this.target = source["target"];
	        this.lastReplicated = source["lastReplicated"];
	        this.pending = source["pending"];
	        this.lagSeconds = source["lagSeconds"];
	        this.errorKey = source["errorKey"];
	        this.errorDetail = source["errorDetail"];
	        this.errorAt = source["errorAt"];
	    }
	}
	
	
	export class ReviewSummary {
	    grades: {[key: string]: number};
	    average: number;
	    final: number;
	    achievements: MemberAchievement[];
	
	    static createFrom(source: any = {}) {
	        return new ReviewSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.grades = source["grades"];
	        this.average = source["average"];
	        this.final = source["final"];
	        this.achievements = this.convertValues(source["achievements"], MemberAchievement);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ServicePage {
	    rows: domain.ServiceRequest[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new ServicePage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], domain.ServiceRequest);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Snapshot {
	    name: string;
	    taken: string;
	    size: number;
	    book: store.BookSummary;
	    replaced: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Snapshot(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.taken = source["taken"];
	        this.size = source["size"];
	        this.book = this.convertValues(source["book"], store.BookSummary);
	        this.replaced = source["replaced"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class StalledDeal {
	    id: number;
	    name: string;
	    accountName: string;
	    stage: string;
	    amount: number;
	    lastInteraction: string;
	
	    static createFrom(source: any = {}) {
	        return new StalledDeal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.accountName = source["accountName"];
	        this.stage = source["stage"];
	        this.amount = source["amount"];
	        this.lastInteraction = source["lastInteraction"];
	    }
	}
	export class SurveyPage {
	    rows: domain.Survey[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new SurveyPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], domain.Survey);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TargetAccountPage {
	    rows: domain.TargetView[];
	    total: number;
	    offset: number;
	    all: boolean;
	
	    static createFrom(source: any = {}) {
	        return new TargetAccountPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], domain.TargetView);
	        this.total = source["total"];
	        this.offset = source["offset"];
	        this.all = source["all"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TargetAccountQuery {
	    period: string;
	    text: string;
	    all: boolean;
	    offset: number;
	
	    static createFrom(source: any = {}) {
	        return new TargetAccountQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.period = source["period"];
	        this.text = source["text"];
	        this.all = source["all"];
	        this.offset = source["offset"];
	    }
	}
	export class TargetBoard {
	    period: domain.Period;
	    myName: string;
	    myId: number;
	    members: domain.TargetView[];
	    accounts: TargetAccountPage;
	    visitKinds: string[];
	
	    static createFrom(source: any = {}) {
	        return new TargetBoard(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.period = this.convertValues(source["period"], domain.Period);
	        this.myName = source["myName"];
	        this.myId = source["myId"];
	        this.members = this.convertValues(source["members"], domain.TargetView);
	        this.accounts = this.convertValues(source["accounts"], TargetAccountPage);
	        this.visitKinds = source["visitKinds"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TeamReview {
	    period: string;
	    previous: string;
	    from: string;
	    to: string;
	    members: MemberReview[];
	    summary: ReviewSummary;
	
	    static createFrom(source: any = {}) {
	        return new TeamReview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.period = source["period"];
	        this.previous = source["previous"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.members = this.convertValues(source["members"], MemberReview);
	        this.summary = this.convertValues(source["summary"], ReviewSummary);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TimelinePage {
	    items: domain.Interaction[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new TimelinePage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], domain.Interaction);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class WeekTrashPage {
	    rows: domain.TrashedWeekEntry[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new WeekTrashPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], domain.TrashedWeekEntry);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class WeekView {
	    week: domain.ISOWeek;
	    current: string;
	    prev: string;
	    next: string;
	    myName: string;
	    items: domain.WeekItem[];
	    done: domain.Interaction[];
	    doneTotal: number;
	    attention: domain.Attention[];
	    attentionWarning: boolean;
	    selfCheck: domain.SelfCheckItem[];
	    checked: string[];
	    goals: domain.DevelopmentGoal[];
	    overdue: store.OverdueAction[];
	    overdueTotal: number;
	
	    static createFrom(source: any = {}) {
	        return new WeekView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.week = this.convertValues(source["week"], domain.ISOWeek);
	        this.current = source["current"];
	        this.prev = source["prev"];
	        this.next = source["next"];
	        this.myName = source["myName"];
	        this.items = this.convertValues(source["items"], domain.WeekItem);
	        this.done = this.convertValues(source["done"], domain.Interaction);
	        this.doneTotal = source["doneTotal"];
	        this.attention = this.convertValues(source["attention"], domain.Attention);
	        this.attentionWarning = source["attentionWarning"];
	        this.selfCheck = this.convertValues(source["selfCheck"], domain.SelfCheckItem);
	        this.checked = source["checked"];
	        this.goals = this.convertValues(source["goals"], domain.DevelopmentGoal);
	        this.overdue = this.convertValues(source["overdue"], store.OverdueAction);
	        this.overdueTotal = source["overdueTotal"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace store {
	
	export class Facet {
	    value: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new Facet(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.value = source["value"];
	        this.count = source["count"];
	    }
	}
	export class AccountFacets {
	    industries: Facet[];
	    regions: Facet[];
	
	    static createFrom(source: any = {}) {
	        return new AccountFacets(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.industries = this.convertValues(source["industries"], Facet);
	        this.regions = this.convertValues(source["regions"], Facet);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AccountOption {
	    id: number;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new AccountOption(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	    }
	}
	export class AccountQuery {
	    text: string;
	    quadrants: string[];
	    statuses: string[];
	    managers: string[];
	    industries: string[];
	    regions: string[];
	    keyOnly: boolean;
	    flaggedOnly: boolean;
	    atRiskOnly: boolean;
	    group: number;
	    inGroups: boolean;
	    sort: string;
	    desc: boolean;
	    offset: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new AccountQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.quadrants = source["quadrants"];
	        this.statuses = source["statuses"];
	        this.managers = source["managers"];
	        this.industries = source["industries"];
	        this.regions = source["regions"];
	        this.keyOnly = source["keyOnly"];
	        this.flaggedOnly = source["flaggedOnly"];
	        this.atRiskOnly = source["atRiskOnly"];
	        this.group = source["group"];
	        this.inGroups = source["inGroups"];
	        this.sort = source["sort"];
	        this.desc = source["desc"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	    }
	}
	export class ActivityQuery {
	    from: string;
	    to: string;
	    type: string;
	    status: string;
	    accountId: number;
	    offset: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new ActivityQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.type = source["type"];
	        this.status = source["status"];
	        this.accountId = source["accountId"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	    }
	}
	export class ActivityRow {
	    id: number;
	    type: string;
	    title: string;
	    start: string;
	    end: string;
	    place: string;
	    status: string;
	    budget: number;
	    cost: number;
	    accounts: number;
	    invited: number;
	    attended: number;
	    deals: number;
	    won: number;
	    deletedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new ActivityRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.type = source["type"];
	        this.title = source["title"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.place = source["place"];
	        this.status = source["status"];
	        this.budget = source["budget"];
	        this.cost = source["cost"];
	        this.accounts = source["accounts"];
	        this.invited = source["invited"];
	        this.attended = source["attended"];
	        this.deals = source["deals"];
	        this.won = source["won"];
	        this.deletedAt = source["deletedAt"];
	    }
	}
	export class AtRiskAccount {
	    id: number;
	    name: string;
	    manager: string;
	    tier: string;
	    health: number;
	    prev: number;
	
	    static createFrom(source: any = {}) {
	        return new AtRiskAccount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.manager = source["manager"];
	        this.tier = source["tier"];
	        this.health = source["health"];
	        this.prev = source["prev"];
	    }
	}
	export class BookSummary {
	    schema: number;
	    accounts: number;
	    people: number;
	    deals: number;
	
	    static createFrom(source: any = {}) {
	        return new BookSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.schema = source["schema"];
	        this.accounts = source["accounts"];
	        this.people = source["people"];
	        this.deals = source["deals"];
	    }
	}
	export class DealChoice {
	    id: number;
	    name: string;
	    stage: string;
	    status: string;
	    closeDate: string;
	
	    static createFrom(source: any = {}) {
	        return new DealChoice(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.stage = source["stage"];
	        this.status = source["status"];
	        this.closeDate = source["closeDate"];
	    }
	}
	
	export class GroupLink {
	    parentId: number;
	    parent: string;
	    groupId: number;
	    group: string;
	    groupShort: string;
	    subsidiaries: number;
	
	    static createFrom(source: any = {}) {
	        return new GroupLink(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.parentId = source["parentId"];
	        this.parent = source["parent"];
	        this.groupId = source["groupId"];
	        this.group = source["group"];
	        this.groupShort = source["groupShort"];
	        this.subsidiaries = source["subsidiaries"];
	    }
	}
	export class GroupMember {
	    id: number;
	    parentId: number;
	    depth: number;
	    name: string;
	    shortName: string;
	    manager: string;
	    status: string;
	    tier: string;
	    ourSales: number;
	    people: number;
	    openDeals: number;
	    openAmount: number;
	
	    static createFrom(source: any = {}) {
	        return new GroupMember(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.parentId = source["parentId"];
	        this.depth = source["depth"];
	        this.name = source["name"];
	        this.shortName = source["shortName"];
	        this.manager = source["manager"];
	        this.status = source["status"];
	        this.tier = source["tier"];
	        this.ourSales = source["ourSales"];
	        this.people = source["people"];
	        this.openDeals = source["openDeals"];
	        this.openAmount = source["openAmount"];
	    }
	}
	export class GroupPerson {
	    id: number;
	    accountId: number;
	    account: string;
	    name: string;
	    title: string;
	    role: string;
	    influence: string;
	    attitude: number;
	    lastContact: string;
	
	    static createFrom(source: any = {}) {
	        return new GroupPerson(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.accountId = source["accountId"];
	        this.account = source["account"];
	        this.name = source["name"];
	        this.title = source["title"];
	        this.role = source["role"];
	        this.influence = source["influence"];
	        this.attitude = source["attitude"];
	        this.lastContact = source["lastContact"];
	    }
	}
	export class GroupQuery {
	    text: string;
	    sort: string;
	    desc: boolean;
	    offset: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new GroupQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.sort = source["sort"];
	        this.desc = source["desc"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	    }
	}
	export class GroupRollup {
	    id: number;
	    name: string;
	    shortName: string;
	    manager: string;
	    headTrashed: boolean;
	    accounts: number;
	    subsidiaries: number;
	    ourSales: number;
	    categorySpend: number;
	    people: number;
	    openDeals: number;
	    openAmount: number;
	
	    static createFrom(source: any = {}) {
	        return new GroupRollup(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.shortName = source["shortName"];
	        this.manager = source["manager"];
	        this.headTrashed = source["headTrashed"];
	        this.accounts = source["accounts"];
	        this.subsidiaries = source["subsidiaries"];
	        this.ourSales = source["ourSales"];
	        this.categorySpend = source["categorySpend"];
	        this.people = source["people"];
	        this.openDeals = source["openDeals"];
	        this.openAmount = source["openAmount"];
	    }
	}
	export class HealthMonth {
	    month: string;
	    health: number;
	
	    static createFrom(source: any = {}) {
	        return new HealthMonth(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.health = source["health"];
	    }
	}
	export class LinkedDeal {
	    id: number;
	    name: string;
	    accountId: number;
	    accountName: string;
	    status: string;
	    stage: string;
	    amount: number;
	    live: boolean;
	    why: string;
	    day: string;
	
	    static createFrom(source: any = {}) {
	        return new LinkedDeal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.status = source["status"];
	        this.stage = source["stage"];
	        this.amount = source["amount"];
	        this.live = source["live"];
	        this.why = source["why"];
	        this.day = source["day"];
	    }
	}
	export class Named {
	    id: number;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new Named(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	    }
	}
	export class OverdueAction {
	    id: number;
	    accountId: number;
	    accountName: string;
	    year: number;
	    item: string;
	    owner: string;
	    due: string;
	    status: string;
	
	    static createFrom(source: any = {}) {
	        return new OverdueAction(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.year = source["year"];
	        this.item = source["item"];
	        this.owner = source["owner"];
	        this.due = source["due"];
	        this.status = source["status"];
	    }
	}
	export class PlanSaved {
	    updatedAt: string;
	    actionIds: number[];
	    versions: {[key: string]: number};
	
	    static createFrom(source: any = {}) {
	        return new PlanSaved(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.updatedAt = source["updatedAt"];
	        this.actionIds = source["actionIds"];
	        this.versions = source["versions"];
	    }
	}
	export class SampleRemoval {
	    removed: number;
	    kept: string[];
	
	    static createFrom(source: any = {}) {
	        return new SampleRemoval(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.removed = source["removed"];
	        this.kept = source["kept"];
	    }
	}
	export class SearchHit {
	    kind: string;
	    id: number;
	    accountId: number;
	    title: string;
	    detail: string;
	
	    static createFrom(source: any = {}) {
	        return new SearchHit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.id = source["id"];
	        this.accountId = source["accountId"];
	        this.title = source["title"];
	        this.detail = source["detail"];
	    }
	}
	export class SearchResults {
	    accounts: SearchHit[];
	    contacts: SearchHit[];
	    interactions: SearchHit[];
	    activities: SearchHit[];
	    services: SearchHit[];
	
	    static createFrom(source: any = {}) {
	        return new SearchResults(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accounts = this.convertValues(source["accounts"], SearchHit);
	        this.contacts = this.convertValues(source["contacts"], SearchHit);
	        this.interactions = this.convertValues(source["interactions"], SearchHit);
	        this.activities = this.convertValues(source["activities"], SearchHit);
	        this.services = this.convertValues(source["services"], SearchHit);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ServiceQuery {
	    accountId: number;
	    text: string;
	    openOnly: boolean;
	    overdue: boolean;
	    type: string;
	    offset: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new ServiceQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accountId = source["accountId"];
	        this.text = source["text"];
	        this.openOnly = source["openOnly"];
	        this.overdue = source["overdue"];
	        this.type = source["type"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	    }
	}
	export class StoredHealthOf {
	    health: number;
	    risk: boolean;
	
	    static createFrom(source: any = {}) {
	        return new StoredHealthOf(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.health = source["health"];
	        this.risk = source["risk"];
	    }
	}
	export class TimelineCursor {
	    date: string;
	    id: number;
	
	    static createFrom(source: any = {}) {
	        return new TimelineCursor(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.date = source["date"];
	        this.id = source["id"];
	    }
	}
	export class TypeActual {
	    type: string;
	    activities: number;
	    held: number;
	    budget: number;
	    cost: number;
	    revenue: number;
	
	    static createFrom(source: any = {}) {
	        return new TypeActual(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.type = source["type"];
	        this.activities = source["activities"];
	        this.held = source["held"];
	        this.budget = source["budget"];
	        this.cost = source["cost"];
	        this.revenue = source["revenue"];
	    }
	}
	export class YearSales {
	    year: number;
	    deals: number;
	    amount: number;
	
	    static createFrom(source: any = {}) {
	        return new YearSales(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.year = source["year"];
	        this.deals = source["deals"];
	        this.amount = source["amount"];
	    }
	}

}

