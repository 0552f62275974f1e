/// A tiny treebank written for these tests (Universal Dependencies style), to
/// train and check the trainer, oracle and model file without the real treebank.
enum TreebankFixture {
    static let text = """
        # sent_id = 1
        1\tGermany\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
        2\tsent\t_\tVERB\tVBD\t_\t0\troot\t_\t_
        3\ttanks\t_\tNOUN\tNNS\t_\t2\tobj\t_\t_
        4\tto\t_\tADP\tIN\t_\t5\tcase\t_\t_
        5\tUkraine\t_\tPROPN\tNNP\t_\t2\tobl\t_\t_
        6\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_

        # sent_id = 2
        1\tThe\t_\tDET\tDT\t_\t2\tdet\t_\t_
        2\tministry\t_\tNOUN\tNN\t_\t3\tnsubj\t_\t_
        3\tsaid\t_\tVERB\tVBD\t_\t0\troot\t_\t_
        4\tthat\t_\tSCONJ\tIN\t_\t6\tmark\t_\t_
        5\tRussia\t_\tPROPN\tNNP\t_\t6\tnsubj\t_\t_
        6\tfired\t_\tVERB\tVBD\t_\t3\tccomp\t_\t_
        7\tmissiles\t_\tNOUN\tNNS\t_\t6\tobj\t_\t_
        8\t.\t_\tPUNCT\t.\t_\t3\tpunct\t_\t_

        # sent_id = 3
        1\tDrones\t_\tNOUN\tNNS\t_\t3\tnsubj:pass\t_\t_
        2\twere\t_\tAUX\tVBD\t_\t3\taux:pass\t_\t_
        3\tlaunched\t_\tVERB\tVBN\t_\t0\troot\t_\t_
        4\tby\t_\tADP\tIN\t_\t5\tcase\t_\t_
        5\tIran\t_\tPROPN\tNNP\t_\t3\tobl:agent\t_\t_
        6\t.\t_\tPUNCT\t.\t_\t3\tpunct\t_\t_

        # sent_id = 4
        1\tPoland\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
        2\tbought\t_\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tjets\t_\tNOUN\tNNS\t_\t2\tobj\t_\t_
        4\tand\t_\tCCONJ\tCC\t_\t5\tcc\t_\t_
        5\ttanks\t_\tNOUN\tNNS\t_\t3\tconj\t_\t_
        6\tfrom\t_\tADP\tIN\t_\t7\tcase\t_\t_
        7\tKorea\t_\tPROPN\tNNP\t_\t2\tobl\t_\t_
        8\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_

        # sent_id = 5
        1\tOfficials\t_\tNOUN\tNNS\t_\t6\tnsubj\t_\t_
        2\tin\t_\tADP\tIN\t_\t3\tcase\t_\t_
        3\tKyiv\t_\tPROPN\tNNP\t_\t1\tnmod\t_\t_
        4\tdid\t_\tAUX\tVBD\t_\t6\taux\t_\t_
        5\tn't\t_\tPART\tRB\t_\t6\tadvmod\t_\t_
        6\tcomment\t_\tVERB\tVB\t_\t0\troot\t_\t_
        7\t.\t_\tPUNCT\t.\t_\t6\tpunct\t_\t_

        # sent_id = 6
        1\tThe\t_\tDET\tDT\t_\t2\tdet\t_\t_
        2\tarmy\t_\tNOUN\tNN\t_\t8\tnsubj\t_\t_
        3\t,\t_\tPUNCT\t,\t_\t5\tpunct\t_\t_
        4\twhich\t_\tPRON\tWDT\t_\t5\tnsubj\t_\t_
        5\toperates\t_\tVERB\tVBZ\t_\t2\tacl:relcl\t_\t_
        6\tdrones\t_\tNOUN\tNNS\t_\t5\tobj\t_\t_
        7\t,\t_\tPUNCT\t,\t_\t5\tpunct\t_\t_
        8\tattacked\t_\tVERB\tVBD\t_\t0\troot\t_\t_
        9\tthe\t_\tDET\tDT\t_\t10\tdet\t_\t_
        10\ttown\t_\tNOUN\tNN\t_\t8\tobj\t_\t_
        11\t.\t_\tPUNCT\t.\t_\t8\tpunct\t_\t_

        # sent_id = 7
        1\tHamas\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
        2\tfired\t_\tVERB\tVBD\t_\t0\troot\t_\t_
        3\trockets\t_\tNOUN\tNNS\t_\t2\tobj\t_\t_
        4\tat\t_\tADP\tIN\t_\t5\tcase\t_\t_
        5\tIsrael\t_\tPROPN\tNNP\t_\t2\tobl\t_\t_
        6\ton\t_\tADP\tIN\t_\t7\tcase\t_\t_
        7\tMonday\t_\tPROPN\tNNP\t_\t2\tobl\t_\t_
        8\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_

        """
}
