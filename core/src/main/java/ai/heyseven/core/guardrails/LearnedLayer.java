package ai.heyseven.core.guardrails;

import ai.heyseven.ports.concierge.GuardrailLayer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The learned layer beside the patterns: a {@link LinearModel} over {@link TextFeatures}, trained
 * in process, when the class loads, from the project's own examples in
 * {@code ai/heyseven/core/guardrails/training/} (files {@code <label>.<lang>.<topic>.txt}, listed in
 * its {@code index.txt}): families of attacks, distress and crisis in four languages, with ordinary
 * and hard-but-harmless questions as negatives. Training is deterministic (a seeded order), so the
 * same files always give the same model.
 *
 * <p>It only adds: a message whose most likely class is a layer's, with at least that class's
 * threshold (set from held-back ordinary messages), is refused by that layer; a distress probability
 * of {@link #WEAK_SIGNAL} or more is a weak signal.
 */
final class LearnedLayer {
    static final String TRAINING = "/ai/heyseven/core/guardrails/training/";
    /** A responsible-gaming probability from which a message is a weak signal (two in a conversation escalate). */
    static final double WEAK_SIGNAL = 0.35;
    private static final int PASSES = 8;
    private static final Pattern SENTENCE = Pattern.compile("[^.!?;。！？；\\n]+[.!?;。！？；\\n]*");
    private static final int MIN_SENTENCE = 12;
    private static final int MAX_SENTENCES = 24;
    private static final double RATE = 0.4;
    /**
     * One ordinary message in this many (chosen by its text's hash, so a new file of data does not change which of the
     * others are held back) is held back from training to set the thresholds.
     */
    private static final int HELD_BACK = 10;
    /** The share of held-back ordinary messages each class must spare: its threshold lies above all of them. */
    private static final double SPARED = 0.995;
    /** No class needs more than this probability to refuse: above it, the model is trusted over a few held-back outliers. */
    private static final double CEILING = 0.9;
    /** Responsible gaming never escalates below this probability, however quiet the held-back messages are about it. */
    private static final double FLOOR = 0.6;
    /**
     * Crisis never escalates below this probability: the patterns catch what is said outright, and the model's crisis
     * at 0.6 took "I'm a Black tier member and I want to speak to my host" (0.61) for a call for help — a crisis line
     * where a host was asked for. A reading between the two floors is still a weak distress signal.
     */
    private static final double CRISIS_FLOOR = 0.7;
    /**
     * No class that takes the guest's answer away (injection, laundering, privacy) refuses below this probability:
     * a few held-back messages more or less (a new training file shifts which are held back) moved such a threshold
     * from 0.9 to 0.6, and a reply withheld on a coin toss is a false refusal.
     */
    private static final double REFUSAL_FLOOR = 0.85;
    private static final long SEED = 20_261_207L;
    /**
     * Topics of ordinary messages that read like instructions to an assistant (general tasks, pasted documents, "act
     * as" requests, questions about AI), not a guest's questions: most ordinary lines are about the resort while most
     * attacks are written to an assistant, so without these counting as much as an attack the model learns the topic
     * ("a general task") instead of the intent ("override the rules"). The same holds for the words of another
     * person's data used harmlessly (a guest's own number, the property's address, public facts about public people).
     */
    private static final Set<String> HARD_TOPICS = Set.of("act_as", "about_ai", "documents", "instructions", "tasks", "assistant",
            "own_details", "public_facts");
    /** What an ordinary example of a {@link #HARD_TOPICS} topic counts for: as much as an attack example. */
    private static final float HARD_WEIGHT = 2f;
    /** How many attack and distress examples are also trained behind an ordinary question, as guests write them. */
    private static final double BEHIND_A_QUESTION = 0.5;

    /** The model's classes, in order, and the layer each refuses through (none: it never refuses alone). */
    enum Label {
        BENIGN(null),
        INJECTION(GuardrailLayer.INJECTION),
        RESPONSIBLE_GAMING(GuardrailLayer.RESPONSIBLE_GAMING),
        CRISIS(GuardrailLayer.CRISIS),
        /** A weak sign of a gambling problem: never refuses alone, counts towards the distress probability. */
        WEAK_DISTRESS(null),
        AML(GuardrailLayer.AML),
        PRIVACY(GuardrailLayer.PRIVACY),
        /**
         * Trained so signs of a minor are not read as another class, but never refuses alone: the age
         * layer refuses a minor together with gaming or alcohol, which the patterns express exactly.
         */
        AGE(null);

        private final GuardrailLayer layer;

        Label(GuardrailLayer layer) {
            this.layer = layer;
        }

        GuardrailLayer layer() {
            return layer;
        }

        /** The lowest threshold the data may set: lower for care (a helpline offered) than for a refusal. */
        double floor() {
            return switch (this) {
                case CRISIS -> CRISIS_FLOOR;
                case RESPONSIBLE_GAMING -> FLOOR;
                default -> REFUSAL_FLOOR;
            };
        }

        static Label of(String fileLabel) {
            return valueOf(fileLabel.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * What the model made of a message: its most likely class, that class's probability, the layer
     * that refuses (null when the class refuses nothing or is not sure enough), and the distress
     * probability.
     */
    record Judgement(Label label, double probability, GuardrailLayer refuses, double distress) {
        Optional<GuardrailLayer> refusal() {
            return Optional.ofNullable(refuses);
        }

        boolean weakDistress() {
            return distress >= WEAK_SIGNAL;
        }
    }

    /** One line of training data; a hard negative is an ordinary message of a {@link #HARD_TOPICS} topic. */
    record Sample(Label label, String language, String text, boolean hardNegative) { }

    private static final Logger LOG = LoggerFactory.getLogger(LearnedLayer.class);
    private static final LearnedLayer STANDARD = trainStandard();

    private final LinearModel model;
    /** Per class, the probability from which it refuses (above 1 for a class that never does). */
    private final double[] thresholds;

    /**
     * Trains on {@code samples} but every {@link #HELD_BACK}th ordinary message, then sets each
     * class's threshold just above the probability that all but the last {@link #SPARED} share of the
     * held-back ordinary messages stay under (the next multiple of 0.05, and at least {@link #FLOOR}):
     * the data decides, not a constant.
     */
    LearnedLayer(List<Sample> samples) {
        List<Sample> training = new ArrayList<>(samples.size());
        List<String> heldBack = new ArrayList<>();
        for (Sample sample : samples) {
            if (sample.label() == Label.BENIGN && Math.floorMod(sample.text().hashCode(), HELD_BACK) == 0) {
                heldBack.add(Normalizer.normalize(sample.text()).folded());
            } else {
                training.add(sample);
            }
        }
        this.model = train(training);
        this.thresholds = new double[Label.values().length];
        calibrate(heldBack);
    }

    private void calibrate(List<String> heldBack) {
        Arrays.fill(thresholds, 2); // while held-back messages are judged, nothing refuses
        double[][] highest = new double[Label.values().length][heldBack.size()];
        List<Judgement> judgements = new ArrayList<>();
        for (int m = 0; m < heldBack.size(); m++) {
            judgements.clear();
            judgeEach(heldBack.get(m), judgements);
            for (Judgement judgement : judgements) {
                double[] ofLabel = highest[judgement.label().ordinal()];
                ofLabel[m] = Math.max(ofLabel[m], judgement.probability());
            }
        }
        for (Label label : Label.values()) {
            if (label.layer() != null) {
                double[] ofLabel = highest[label.ordinal()];
                Arrays.sort(ofLabel);
                double spared = ofLabel.length == 0 ? 0 : ofLabel[Math.min(ofLabel.length - 1, (int) Math.ceil(ofLabel.length * SPARED))];
                thresholds[label.ordinal()] = Math.min(CEILING, Math.max(label.floor(), Math.floor(spared * 20 + 1) / 20));
            }
        }
    }

    /** Each refusing class's threshold, for the log and the docs. */
    Map<Label, Double> thresholds() {
        Map<Label, Double> byLabel = new EnumMap<>(Label.class);
        for (Label label : Label.values()) {
            if (label.layer() != null) {
                byLabel.put(label, thresholds[label.ordinal()]);
            }
        }
        return byLabel;
    }

    static LearnedLayer standard() {
        return STANDARD;
    }

    private static LearnedLayer trainStandard() {
        long start = System.nanoTime();
        List<Sample> samples = trainingSet();
        LearnedLayer layer = new LearnedLayer(samples);
        LOG.info("learned guardrail layer trained on {} examples in {} ms; refuses from {}", samples.size(),
                (System.nanoTime() - start) / 1_000_000, layer.thresholds());
        return layer;
    }

    /**
     * The model's judgement of a normalised form of a message as a whole and, when it has several
     * sentences, of each sentence: an instruction or a confession at the end of a long ordinary
     * message weighs as much as when it is sent alone. Each sentence's features are read once: the
     * whole is judged from the sum of its sentences' weights (only n-grams across a sentence break
     * are left out).
     */
    void judgeEach(String normalised, List<Judgement> into) {
        Matcher sentence = SENTENCE.matcher(normalised);
        int classes = model.classes();
        double[] whole = new double[classes];
        int wholeCount = 0;
        int sentences = 0;
        List<Judgement> own = new ArrayList<>();
        while (sentence.find()) {
            if (sentences++ == MAX_SENTENCES) {
                into.add(judge(normalised)); // too many to read one by one: the whole, read at once
                return;
            }
            TextFeatures.Vector features = TextFeatures.of(sentence.group());
            double[] sums = new double[classes];
            model.addWeights(features, sums);
            for (int k = 0; k < classes; k++) {
                whole[k] += sums[k];
            }
            wholeCount += features.count();
            if (sentence.group().strip().length() >= MIN_SENTENCE) {
                Judgement alone = judgement(sums, features.count());
                if (alone.label() == Label.INJECTION) {
                    own.add(alone);
                }
            }
        }
        into.add(judgement(whole, wholeCount));
        if (sentences > 1) {
            into.addAll(own);
        }
    }

    /** The model's judgement of one normalised form of a message, read whole. */
    Judgement judge(String normalised) {
        TextFeatures.Vector features = TextFeatures.of(normalised);
        double[] sums = new double[model.classes()];
        model.addWeights(features, sums);
        return judgement(sums, features.count());
    }

    private Judgement judgement(double[] sums, int count) {
        double[] p = new double[sums.length];
        model.probabilities(sums, count, p);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        Label label = Label.values()[best];
        GuardrailLayer refuses = p[best] >= thresholds[best] ? label.layer() : null;
        return new Judgement(label, p[best], refuses, p[Label.RESPONSIBLE_GAMING.ordinal()] + p[Label.CRISIS.ordinal()]
                + p[Label.WEAK_DISTRESS.ordinal()]);
    }

    private static LinearModel train(List<Sample> samples) {
        int[] perClass = new int[Label.values().length];
        samples.forEach(sample -> perClass[sample.label().ordinal()]++);
        List<String> ordinary = samples.stream().filter(s -> s.label() == Label.BENIGN).map(Sample::text)
                .sorted(Comparator.comparingInt(String::hashCode).thenComparing(Comparator.naturalOrder())).toList();
        List<LinearModel.Example> examples = new ArrayList<>(samples.size() * 2);
        for (Sample sample : samples) {
            // each class weighs as much in all as the ordinary questions, within a factor of two
            float weight = sample.hardNegative() ? HARD_WEIGHT
                    : (float) Math.min(2.0, Math.max(1.0, (double) perClass[Label.BENIGN.ordinal()] / perClass[sample.label().ordinal()]));
            String text = Normalizer.normalize(sample.text()).folded();
            examples.add(new LinearModel.Example(TextFeatures.of(text), sample.label().ordinal(), weight, text.hashCode()));
            Random random = new Random(SEED ^ text.hashCode()); // drawn from the line itself: other lines do not move its draws
            if (!ordinary.isEmpty() && random.nextDouble() < BEHIND_A_QUESTION) {
                String behind = Normalizer.normalize(ordinary.get(random.nextInt(ordinary.size()))).folded() + " " + text;
                examples.add(new LinearModel.Example(TextFeatures.of(behind), sample.label().ordinal(), weight, behind.hashCode()));
            }
        }
        return LinearModel.train(examples, Label.values().length, PASSES, RATE, SEED);
    }

    /** The bundled training data, every file its index lists. */
    static List<Sample> trainingSet() {
        List<Sample> samples = new ArrayList<>();
        for (String file : ResourceLines.of(TRAINING + "index.txt")) {
            String[] parts = file.split("\\.");
            Label label = Label.of(parts[0]);
            for (String line : ResourceLines.of(TRAINING + file)) {
                samples.add(new Sample(label, parts[1], line, label == Label.BENIGN && HARD_TOPICS.contains(parts[2])));
            }
        }
        return samples;
    }
}
