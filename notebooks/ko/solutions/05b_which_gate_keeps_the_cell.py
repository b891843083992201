# 풀이: c_t = f * c_(t-1) + i * candidate. c_(t-1)에 곱해지는 것은 망각 게이트뿐이므로, f가 1에
# 가까우면 (그리고 i가 0에 가까우면) 셀 상태와 그 기울기가 바뀌지 않고 그대로 통과합니다.
from helpers.checks import check_gate_question

answer = "B"  # 망각 게이트 f
done = check_gate_question(answer)
